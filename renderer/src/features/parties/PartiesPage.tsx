import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../store/ui-store';
import { EmptyState } from '../../ui/EmptyState';
import { PartyFormDialog } from './PartyFormDialog';
import { PartyScreen } from './PartyScreen';
import { PartyTable } from './PartyTable';
import { useParties } from './use-parties';
import { usePartyFacts } from './use-party-facts';

/** The cast of the case. The only screen where a protected party's real name is shown. */
export function PartiesPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const all = useParties(caseId);
  const factsByParty = usePartyFacts(caseId);
  const openDialog = useUiStore((s) => s.openPartyDialog);
  const isShowingArchived = useUiStore((s) => s.isShowingArchivedParties);
  const setShowingArchived = useUiStore((s) => s.setShowingArchivedParties);
  const openPartyId = useUiStore((s) => s.openPartyId);
  const setOpenParty = useUiStore((s) => s.setOpenParty);
  const archivedId = useId();
  // An open party belongs to the case it was opened in.
  useEffect(() => () => setOpenParty(null), [caseId, setOpenParty]);
  if (all === undefined || factsByParty === undefined) return null;
  const parties = all.filter((p) => (p.archivedAt !== null) === isShowingArchived);
  const openParty = parties.find((p) => p.id === openPartyId) ?? null;
  return (
    <div className="parties">
      <div className="evidence__toolbar">
        {!isShowingArchived && (
          <button type="button" className="button--primary" onClick={() => openDialog({ mode: 'create' })}>{t('parties.page.add')}</button>
        )}
        <label htmlFor={archivedId} className="checkbox">
          <input id={archivedId} type="checkbox" checked={isShowingArchived} onChange={(e) => setShowingArchived(e.target.checked)} />
          {t('parties.page.showArchived')}
        </label>
        <span className="muted" aria-live="polite">{t('parties.page.count', { count: parties.length })}</span>
      </div>
      {parties.length === 0 ? (
        <EmptyState headingLevel={3} title={t(isShowingArchived ? 'parties.page.noArchived' : 'parties.page.emptyTitle')}
          body={t(isShowingArchived ? 'parties.page.noArchivedBody' : 'parties.page.emptyBody')} />
      ) : (
        <PartyTable caseId={caseId} parties={parties} factsByParty={factsByParty} />
      )}
      {openParty && <PartyScreen key={openParty.id} caseId={caseId} party={openParty} />}
      <PartyFormDialog caseId={caseId} parties={all} />
    </div>
  );
}
