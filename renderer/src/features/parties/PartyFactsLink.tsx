import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useUiStore } from '../../store/ui-store';

/** "Fact 2, Fact 5": opens the chronology filtered to this party. */
export function PartyFactsLink({ caseId, partyId, numbers }: { caseId: string; partyId: string; numbers: readonly number[] }) {
  const { t } = useTranslation();
  const setPartyFilter = useUiStore((s) => s.setFactPartyFilter);
  const setStatusFilter = useUiStore((s) => s.setFactStatusFilter);
  if (numbers.length === 0) return null;
  const open = () => {
    setStatusFilter(null);
    setPartyFilter(partyId);
  };
  return (
    <Link href={`/cases/${caseId}/chronology`} onClick={open}>
      {numbers.map((number) => t('chronology.factNumber', { number })).join(', ')}
    </Link>
  );
}
