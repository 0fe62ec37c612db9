import { useTranslation } from 'react-i18next';
import type { Party } from '@shared/domain/types';
import { db } from '../../db/database';
import { withStorageErrors } from '../../db/report-storage-errors';
import { useUiStore } from '../../store/ui-store';
import { setPartyArchived } from './data/party-commands';
import { PartyFactsLink } from './PartyFactsLink';
import { ProtectedBadge } from './ProtectedBadge';

interface Props {
  caseId: string;
  parties: readonly Party[];
  factsByParty: ReadonlyMap<string, number[]>;
}

export function PartyTable({ caseId, parties, factsByParty }: Props) {
  const { t } = useTranslation();
  return (
    <table className="case-table party-table">
      <caption>{t('parties.page.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('parties.columns.name')}</th>
          <th scope="col">{t('parties.columns.role')}</th>
          <th scope="col">{t('parties.columns.kind')}</th>
          <th scope="col">{t('parties.columns.entity')}</th>
          <th scope="col">{t('parties.columns.contact')}</th>
          <th scope="col">{t('parties.columns.facts')}</th>
          <th scope="col" className="case-table__actions">{t('parties.columns.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {parties.map((party) => <PartyRow key={party.id} caseId={caseId} party={party} factNumbers={factsByParty.get(party.id) ?? []} />)}
      </tbody>
    </table>
  );
}

function PartyRow({ caseId, party, factNumbers }: { caseId: string; party: Party; factNumbers: readonly number[] }) {
  const { t } = useTranslation();
  const openDialog = useUiStore((s) => s.openPartyDialog);
  const openPartyId = useUiStore((s) => s.openPartyId);
  const setOpenParty = useUiStore((s) => s.setOpenParty);
  const announce = useUiStore((s) => s.announce);
  const isArchived = party.archivedAt !== null;
  const toggleArchived = async () => {
    const ok = await withStorageErrors(() => setPartyArchived(db, party.id, !isArchived).then(() => true));
    if (ok) announce(t(isArchived ? 'parties.actions.restored' : 'parties.actions.archived'));
  };
  return (
    <tr aria-current={openPartyId === party.id ? 'true' : undefined}>
      <th scope="row">
        {party.name}
        {party.shortName && <span className="case-table__short">{party.shortName}</span>}
        {party.isProtected && party.pseudonym && <ProtectedBadge pseudonym={party.pseudonym} />}
      </th>
      <td>{t(`parties.roles.${party.role}`)}</td>
      <td>{t(`parties.kinds.${party.kind}`)}</td>
      <td>
        {party.legalEntityName}
        {party.registeredSeat && <span className="case-table__short">{party.registeredSeat}</span>}
      </td>
      <td className="party-table__contact">{party.contact}</td>
      <td><PartyFactsLink caseId={caseId} partyId={party.id} numbers={factNumbers} /></td>
      <td className="case-table__actions">
        <button type="button" aria-label={t('parties.screen.openParty', { name: party.name })} onClick={() => setOpenParty(party.id)}>
          {t('parties.screen.open')}
        </button>
        {!isArchived && (
          <button type="button" aria-label={t('parties.actions.editParty', { name: party.name })} onClick={() => openDialog({ mode: 'edit', partyId: party.id })}>
            {t('parties.actions.edit')}
          </button>
        )}
        <button type="button" aria-label={t(isArchived ? 'parties.actions.restoreParty' : 'parties.actions.archiveParty', { name: party.name })} onClick={() => void toggleArchived()}>
          {t(isArchived ? 'parties.actions.restore' : 'parties.actions.archive')}
        </button>
      </td>
    </tr>
  );
}
