import { Flow } from '../flow';
import type { PlannedSection } from '../plan';
import type { BuildState } from '../state';
import { ACCENT, MUTED } from '../style';

/** Divider page of a section; an empty section is just this page, saying so. */
export function buildDivider(state: BuildState, section: PlannedSection): void {
  state.section = section.id;
  const doc = state.beginDoc({ key: `section:${section.id}`, title: `${section.id}. ${section.title}`, date: null, exhibitNo: null, isSection: true });
  const flow = new Flow(state, '');
  flow.newPage();
  flow.gap(250);
  flow.centered(`Section ${section.id}`, { size: 14, color: MUTED });
  flow.gap(10);
  flow.centered(section.title, { bold: true, size: 26, color: ACCENT });
  if (section.docs.length === 0) {
    flow.gap(30);
    flow.centered('No entries in this section.', { size: 11, color: MUTED });
  }
  // The section's record stays open until its last document ends (see closeSection).
  state.sectionDoc = doc;
}
