import { Flow, type Row } from '../flow';
import { formatDate } from '../format';
import type { BundlePlan } from '../plan';
import type { BuildState } from '../state';
import { ACCENT, MUTED, WARNING } from '../style';

/** Cover page: what a judge needs to identify the bundle at a glance. */
export function buildCover(state: BuildState): void {
  const c = state.snapshot.case;
  const o = state.options;
  const doc = state.beginDoc({ key: 'cover', title: 'Cover page', date: null, exhibitNo: null, isSection: false });
  const flow = new Flow(state, '');
  flow.newPage();
  flow.gap(70);
  flow.centered(c.court || 'Court not recorded', { size: 12, color: MUTED });
  flow.gap(8);
  flow.centered(c.reference ? `Claim / reference no. ${c.reference}` : 'Reference not recorded', { size: 11, color: MUTED });
  flow.gap(60);
  flow.centered(c.title, { bold: true, size: 22, color: ACCENT });
  flow.gap(14);
  flow.centered(o.profile === 'filing' ? 'HEARING BUNDLE' : 'HEARING BUNDLE — INTERNAL WORKING COPY', { bold: true, size: 13 });
  flow.gap(70);
  flow.keyValues([
    ['Court / authority', c.court],
    ['Jurisdiction', c.jurisdiction],
    ['Reference', c.reference],
    ['Hearing date', formatDate(c.hearingDate)],
    ['Prepared by', o.preparedBy],
    ['Date of bundle', formatDate(o.bundleDate)],
  ], 150, 10.5);
  flow.gap(24);
  if (o.confidentialityLegend.trim()) flow.box(o.confidentialityLegend, { bold: true, size: 10.5, color: WARNING }, WARNING);
  state.endDoc(doc);
}

/** The index: one linked row per document, with the page range computed once every page exists. */
export function buildIndex(state: BuildState, plan: BundlePlan): void {
  const doc = state.beginDoc({ key: 'index', title: 'Index', date: null, exhibitNo: null, isSection: false });
  const flow = new Flow(state, runningHead(state));
  flow.newPage();
  flow.heading('Index');
  flow.paragraph('Every entry is a link to the first page of the document. Page numbers are those stamped at the bottom right of each page; they match the page numbers shown by a PDF reader.', { size: 8.5, color: MUTED });
  const rows: Row[] = [];
  for (const section of plan.sections) {
    const sectionKey = `section:${section.id}`;
    rows.push({
      cells: [section.id, '', `${section.title}${section.docs.length === 0 ? ' — no entries' : ''}`, '', { text: '', bold: true, deferred: () => state.rangeLabel(sectionKey) }],
      link: `doc:${sectionKey}`,
      bold: true,
      shade: true,
    });
    for (const d of section.docs) {
      rows.push({
        cells: [section.id, d.date, d.title, d.exhibitNo ?? '', { text: '', deferred: () => state.rangeLabel(d.key) }],
        link: `doc:${d.key}`,
        shade: false,
      });
    }
  }
  flow.table([
    { title: 'Tab', width: 30 },
    { title: 'Date', width: 62 },
    { title: 'Description', width: 250 },
    { title: 'Exhibit', width: 46 },
    { title: 'Pages', width: 81, align: 'right' },
  ], rows, 8.5);
  state.endDoc(doc);
}

export function runningHead(state: BuildState): string {
  const c = state.snapshot.case;
  return [c.shortName || c.title, c.reference].filter((s) => s.trim()).join(' · ');
}
