import type { FactStatus, Pinpoint } from '../../domain/types';
import { Flow } from '../flow';
import { formatFuzzyDate } from '../format';
import type { BundlePlan } from '../plan';
import type { BuildState } from '../state';
import { MUTED } from '../style';
import { runningHead } from './front';

const STATUS: Record<FactStatus, string> = {
  undisputed: 'Undisputed',
  'disputed-by-us': 'Disputed by us',
  'disputed-by-other-side': 'Disputed by other side',
  prospective: 'Prospective',
};

/** Section B: the chronology, one row per fact; each row is a link target for "[Fact n]". */
export function buildChronology(state: BuildState, plan: BundlePlan): void {
  const doc = state.beginDoc({ key: 'chronology', title: 'Chronology', date: null, exhibitNo: null, isSection: false });
  const flow = new Flow(state, runningHead(state));
  flow.newPage();
  flow.heading('Chronology');
  flow.paragraph('Facts in date order. Material facts are in bold.', { size: 8.5, color: MUTED });
  flow.table(
    [{ title: 'No.', width: 26 }, { title: 'Date', width: 80 }, { title: 'Event', width: 220 }, { title: 'Status', width: 70 }, { title: 'Evidence', width: 84 }],
    plan.facts.map((f) => ({
      cells: [String(f.number), formatFuzzyDate(f.date), f.text, STATUS[f.status], evidenceList(state, f.evidence)],
      bold: f.materiality === 'yes',
      anchor: `fact:${f.number}`,
    })),
  );
  state.endDoc(doc);
}

/** "E-0003 (p. 4), E-0007" — exhibit numbers with pinpoints; items not in this bundle are marked. */
export function evidenceList(state: BuildState, pins: readonly Pinpoint[]): string {
  const byId = new Map(state.snapshot.evidence.map((e) => [e.id, e]));
  return pins
    .map((p) => {
      const e = byId.get(p.evidenceId);
      if (!e) return '';
      return p.pinpoint ? `${e.exhibitNo} (${p.pinpoint})` : e.exhibitNo;
    })
    .filter((s) => s)
    .join(', ');
}
