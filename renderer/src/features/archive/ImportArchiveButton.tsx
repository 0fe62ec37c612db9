import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../store/ui-store';

/** Opens the import dialog from the case list. */
export function ImportArchiveButton() {
  const { t } = useTranslation();
  const open = useUiStore((s) => s.setImportingArchive);
  return <button type="button" onClick={() => open(true)}>{t('archive.import.action')}</button>;
}
