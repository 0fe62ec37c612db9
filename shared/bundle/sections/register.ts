import type { EvidenceItem, Sensitivity } from '../../domain/types';
import { Flow } from '../flow';
import { formatDate } from '../format';
import type { BundlePlan } from '../plan';
import type { BuildState } from '../state';
import { MUTED } from '../style';
import { runningHead } from './front';

export const SENSITIVITY: Record<Sensitivity, string> = {
  normal: 'Normal',
  confidential: 'Confidential',
  restricted: 'Restricted',
  withheld: 'Withheld',
};

/** Section C: the evidence register; each row links to the exhibit and shows its pages. */
export function buildRegister(state: BuildState, plan: BundlePlan): void {
  const doc = state.beginDoc({ key: 'register', title: 'Evidence register', date: null, exhibitNo: null, isSection: false });
  const flow = new Flow(state, runningHead(state));
  flow.newPage();
  flow.heading('Evidence register');
  flow.paragraph('One row per exhibit in this bundle. Dates are of publication, or of capture where the publication date is unknown.', { size: 8.5, color: MUTED });
  flow.table(
    [{ title: 'Exhibit', width: 48 }, { title: 'Date', width: 58 }, { title: 'Title and description', width: 170 }, { title: 'Kind · platform', width: 92 }, { title: 'Sensitivity', width: 58 }, { title: 'Pages', width: 62, align: 'right' }],
    plan.exhibits.map((e) => ({
      cells: [e.exhibitNo, formatDate(e.publishedAt ?? e.capturedAt, e.captureTimeZone), describe(e), [e.kind.replace(/-/g, ' '), e.platform].filter((s) => s).join(' · '), SENSITIVITY[e.sensitivity], { text: '', deferred: () => state.rangeLabel(`exhibit:${e.id}`) }],
      link: `doc:exhibit:${e.id}`,
    })),
  );
  state.endDoc(doc);
}

function describe(e: EvidenceItem): string {
  const description = e.description.trim();
  return description ? `${e.title}\n${description}` : e.title;
}
