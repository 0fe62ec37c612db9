import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { CaseFormDialog } from './features/cases/CaseFormDialog';
import { CaseListPage } from './features/cases/CaseListPage';
import { useQuitBackup } from './features/backups/use-quit-backup';
import { useMenuCommands } from './features/cases/use-menu-commands';
import { CaseWorkspacePage } from './features/workspace/CaseWorkspacePage';
import { AppHeader } from './ui/AppHeader';
import { Notices } from './ui/Notices';

export function App() {
  return (
    // Hash routing: the desktop protocol and the static browser build serve one index.html.
    <Router hook={useHashLocation}>
      <MenuCommands />
      <AppHeader />
      <Notices />
      <main id="main" tabIndex={-1}>
        <Switch>
          <Route path="/cases/:caseId/:section?">
            {(params) => <CaseWorkspacePage caseId={params.caseId} section={params.section} />}
          </Route>
          <Route path="/">
            <CaseListPage />
          </Route>
          <Route>
            <CaseListPage />
          </Route>
        </Switch>
      </main>
      <CaseFormDialog />
    </Router>
  );
}

function MenuCommands() {
  useMenuCommands();
  useQuitBackup();
  return null;
}
