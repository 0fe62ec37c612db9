import { Link } from 'wouter';
import type { Pinpoint } from '@shared/domain/types';
import { useUiStore } from '../../store/ui-store';

/** "E-0003 (p. 4)": opens the register with the item selected. */
export function ExhibitLink({ caseId, pin, exhibitNo, title }: { caseId: string; pin: Pinpoint; exhibitNo: string; title: string }) {
  const select = useUiStore((s) => s.selectEvidence);
  return (
    <Link href={`/cases/${caseId}/evidence`} title={title} onClick={() => select(pin.evidenceId)}>
      {pin.pinpoint ? `${exhibitNo} (${pin.pinpoint})` : exhibitNo}
    </Link>
  );
}
