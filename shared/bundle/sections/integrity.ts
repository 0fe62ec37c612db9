import { Flow } from '../flow';
import { formatBytes, formatDate } from '../format';
import type { BundlePlan } from '../plan';
import type { BuildState } from '../state';
import { MUTED } from '../style';
import { runningHead } from './front';
import { BUILDER_NAME } from '../version';

/** Section H: what lets a recipient check the bundle against the team's records. */
const EXHIBIT_ORDER = { number: 'by exhibit number', date: 'by date (published, else captured)', custom: 'in the order chosen' } as const;

export function buildIntegrity(state: BuildState, plan: BundlePlan): void {
  const doc = state.beginDoc({ key: 'integrity', title: 'Integrity appendix', date: null, exhibitNo: null, isSection: false });
  const o = state.options;
  const flow = new Flow(state, runningHead(state));
  flow.newPage();
  flow.heading('Integrity appendix');
  flow.paragraph(
    'Every file was hashed (SHA-256) when it was registered, and every change to the case is written to a hash-chained audit log. '
      + 'The hashes below identify each exhibit; the head hash identifies the state of the case from which this bundle was built. '
      + 'The SHA-256 of this PDF file itself is recorded in the case\'s export log (a file cannot contain its own hash).',
    { size: 9 },
  );
  flow.heading('Audit chain', 2);
  flow.keyValues([
    ['Audit head hash', state.snapshot.auditHeadHash, 8],
    ['Audit entries', state.snapshot.auditEntryCount === undefined ? 'not stated' : String(state.snapshot.auditEntryCount)],
  ]);
  flow.heading('Export settings', 2);
  flow.keyValues([
    ['Profile', o.profile === 'filing' ? 'filing (protected parties pseudonymised; no attachments, no scripts)' : 'internal'],
    ['Page numbering', o.numbering === 'bates' ? `Bates, prefix "${o.batesPrefix}", ${o.batesDigits} digits, from ${o.startNumber}` : o.numbering === 'section' ? 'per section (A1, A2 … B1)' : `consecutive from ${o.startNumber}`],
    ['Sections', o.sections.join(', ')],
    ['Empty sections', o.emptySections],
    ['Exhibit selection', `${o.evidenceIds ? `${o.evidenceIds.length} chosen` : 'all'}, ${EXHIBIT_ORDER[o.exhibitOrder]}`],
    ['Restricted items', o.includeRestricted ? 'included' : 'left out'],
    ['Privileged notes', o.includeNotes ? 'included' : 'left out'],
    ['Hashes verified on export', o.verifyHashes ? 'yes' : 'no'],
    ['Object streams', o.objectStreams ? 'yes (smaller file)' : 'no (faster save)'],
    ['Deterministic build', o.deterministic ? 'yes (fixed dates and identifiers)' : 'no'],
    ['Date of bundle', formatDate(o.bundleDate)],
    ['Prepared by', o.preparedBy],
    ['Confidentiality legend', o.confidentialityLegend],
    ['Built with', BUILDER_NAME],
  ]);
  flow.heading('Manifest of exhibits', 2);
  if (plan.exhibits.length === 0) flow.paragraph('No exhibits in this bundle.', { color: MUTED });
  else {
    flow.table(
      [{ title: 'Exhibit', width: 48 }, { title: 'SHA-256 and PDQ', width: 300 }, { title: 'Size', width: 45, align: 'right' }, { title: 'In this bundle as', width: 80 }],
      plan.exhibits.map((e) => {
        const sha = e.hashes.sha256 ?? e.attachment?.sha256 ?? 'not recorded';
        const hashes = e.hashes.pdq ? `${sha}\nPDQ ${e.hashes.pdq}` : sha;
        return { cells: [e.exhibitNo, hashes, e.attachment ? formatBytes(e.attachment.size) : '–', state.outcomes.get(e.id) ?? 'listed only (section D not included)'] };
      }),
      7,
    );
  }
  state.endDoc(doc);
}
