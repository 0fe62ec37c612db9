import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../store/ui-store';
import { EmptyState } from '../../ui/EmptyState';
import { ArgumentDetail } from './ArgumentDetail';
import { ArgumentFormDialog, type ArgumentDialog } from './ArgumentFormDialog';
import { ArgumentList } from './ArgumentList';
import { AuthoritiesPanel } from './AuthoritiesPanel';
import { CataloguePanel } from './CataloguePanel';
import { TableOfAuthoritiesView } from './TableOfAuthoritiesView';
import { useArgumentsData } from './use-arguments';

/** The case's legal arguments in order, the one open below, then the table of authorities, the case's own authorities and the catalogue. */
export function ArgumentsPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const data = useArgumentsData(caseId);
  const [dialog, setDialog] = useState<ArgumentDialog>(null);
  const openId = useUiStore((s) => s.openArgumentId);
  const setOpenId = useUiStore((s) => s.setOpenArgument);
  // The open argument belongs to the case it was opened in.
  useEffect(() => () => setOpenId(null), [caseId, setOpenId]);
  const [isShowingArchived, setShowingArchived] = useState(false);
  const archivedId = useId();
  if (!data) return null;
  const args = data.arguments.filter((a) => (a.archivedAt !== null) === isShowingArchived);
  const open = args.find((a) => a.id === openId) ?? null;
  return (
    <div className="arguments">
      <div className="evidence__toolbar">
        {!isShowingArchived && <button type="button" className="button--primary" onClick={() => setDialog({ mode: 'create' })}>{t('arguments.page.add')}</button>}
        <label htmlFor={archivedId} className="checkbox">
          <input id={archivedId} type="checkbox" checked={isShowingArchived} onChange={(e) => setShowingArchived(e.target.checked)} />
          {t('arguments.page.showArchived')}
        </label>
        <span className="muted" aria-live="polite">{t('arguments.page.count', { count: args.length })}</span>
      </div>
      {args.length === 0 ? (
        isShowingArchived
          ? <EmptyState headingLevel={3} title={t('arguments.page.noArchived')} body={t('arguments.page.noArchivedBody')} />
          : <EmptyState headingLevel={3} title={t('workspace.empty.arguments.title')} body={t('workspace.empty.arguments.body')} />
      ) : (
        <ArgumentList args={args} openId={open?.id ?? null} onOpen={setOpenId} onEdit={(id) => setDialog({ mode: 'edit', id })} />
      )}
      {open && <ArgumentDetail argument={open} data={data} onClose={() => setOpenId(null)} />}
      <TableOfAuthoritiesView args={data.arguments} authorities={data.authorities} />
      <AuthoritiesPanel caseId={caseId} authorities={data.authorities} />
      <CataloguePanel />
      <ArgumentFormDialog caseId={caseId} dialog={dialog} data={data} onClose={() => setDialog(null)} onCreated={setOpenId} />
    </div>
  );
}
