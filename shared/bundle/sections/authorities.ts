import { Flow } from '../flow';
import type { BuildState } from '../state';
import { runningHead } from './front';

const KIND = { 'case-law': 'Case law', guidance: 'Guidance', legislation: 'Legislation', other: 'Other' } as const;

/** Section G: the table of authorities the arguments rely on. */
export function buildAuthorities(state: BuildState): void {
  const doc = state.beginDoc({ key: 'authorities', title: 'Table of authorities', date: null, exhibitNo: null, isSection: false });
  const flow = new Flow(state, runningHead(state));
  flow.newPage();
  flow.heading('Table of authorities');
  const rows = [...state.snapshot.authorities].sort((a, b) => a.kind.localeCompare(b.kind) || a.citation.localeCompare(b.citation));
  flow.table(
    [{ title: 'Citation', width: 210 }, { title: 'Kind', width: 60 }, { title: 'Pinpoint', width: 70 }, { title: 'Source', width: 140 }],
    rows.map((a) => ({ cells: [a.citation + (a.catalogueRef ? ` [catalogue ${a.catalogueRef}]` : ''), KIND[a.kind], a.pinpoint, a.url] })),
    8.5,
  );
  state.endDoc(doc);
}
