import type { ExpertReport, Pd35Item } from '../../domain/types';
import { pd35Checklist } from '../../experts/pd35-checklist';
import { formatDate } from '../format';

/** PD35 para 3.2 items as a court reads them (the bundle is English, like its other headings). */
const ITEM_LABEL: Record<Pd35Item, string> = {
  qualifications: 'Qualifications',
  literature: 'Literature relied on',
  'material-instructions': 'Material instructions',
  'facts-own-knowledge': 'Facts within own knowledge',
  tests: 'Who carried out tests',
  'range-of-opinion': 'Range of opinion',
  'summary-of-conclusions': 'Summary of conclusions',
  'duty-to-court': 'Understanding of duty to the court',
  'statement-of-truth': 'Statement of truth',
};
const STATE_LABEL = { complete: 'present', missing: 'MISSING', 'not-applicable': 'not applicable' } as const;

/** The checklist as label/value rows, and a one-line verdict ("complete" or what is missing). */
export function checklistRows(report: ExpertReport): { rows: [string, string][]; verdict: string } {
  const state = pd35Checklist(report);
  const rows = state.rows.map((r): [string, string] => [ITEM_LABEL[r.item], STATE_LABEL[r.state]]);
  const verdict = state.isComplete
    ? `Complete (${state.complete} of ${state.applicable} applicable items present${state.notApplicable ? `, ${state.notApplicable} not applicable` : ''})`
    : `Incomplete: missing ${state.missing.map((m) => ITEM_LABEL[m].toLowerCase()).join(', ')}`;
  return { rows, verdict };
}

/** Instructions one per line, dated where the list has dates; the older single text otherwise. */
export function instructionsText(report: ExpertReport): string {
  const list = report.instructionList ?? [];
  if (list.length === 0) return report.instructions.trim() || 'Not recorded';
  return list.map((i) => (i.date ? `${formatDate(i.date)}: ${i.text}` : i.text)).join('\n');
}
