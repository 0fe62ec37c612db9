import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { shell } from '@platform/shell';
import { useUiStore } from '../../store/ui-store';

/** Acts on the desktop menu (File → New case, Open archive…, Export bundle…). */
export function useMenuCommands(): void {
  const [location, navigate] = useLocation();
  const { t } = useTranslation();
  const openCaseDialog = useUiStore((s) => s.openCaseDialog);
  const announce = useUiStore((s) => s.announce);
  const openArchiveImport = useUiStore((s) => s.setImportingArchive);
  useEffect(
    () =>
      shell.onMenuCommand((command) => {
        if (command === 'new-case') openCaseDialog({ mode: 'create' });
        if (command === 'open-archive') {
          // The import dialog lives on the case list, where the imported case appears.
          navigate('/');
          openArchiveImport(true);
        }
        if (command === 'export-bundle') {
          const match = /^\/cases\/([^/]+)/.exec(location);
          if (match) navigate(`/cases/${match[1]}/export`);
          else announce(t('menu.exportNeedsCase'));
        }
      }),
    [location, navigate, openCaseDialog, openArchiveImport, announce, t],
  );
}
