import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { shell } from '@platform/shell';
import { useUiStore } from '../../store/ui-store';

/** Acts on the desktop menu (File → New case, Export bundle…). */
export function useMenuCommands(): void {
  const [location, navigate] = useLocation();
  const { t } = useTranslation();
  const openCaseDialog = useUiStore((s) => s.openCaseDialog);
  const announce = useUiStore((s) => s.announce);
  useEffect(
    () =>
      shell.onMenuCommand((command) => {
        if (command === 'new-case') openCaseDialog({ mode: 'create' });
        if (command === 'open-archive') announce(t('menu.openArchiveUnavailable'));
        if (command === 'export-bundle') {
          const match = /^\/cases\/([^/]+)/.exec(location);
          if (match) navigate(`/cases/${match[1]}/export`);
          else announce(t('menu.exportNeedsCase'));
        }
      }),
    [location, navigate, openCaseDialog, announce, t],
  );
}
