import type { OutlineNode } from './outline';
import type { BundleReport, BundleWarning, PageMapEntry } from './snapshot';
import type { BuildState, DocRecord } from './state';

/** "p. 12" or "pp. 12–15" — the page label(s) every bookmark title carries. */
export function pagesText(state: BuildState, doc: DocRecord): string {
  const range = state.rangeLabel(doc.key);
  return doc.last > doc.first ? `pp. ${range}` : `p. ${range}`;
}

/** Bookmarks: front pages and sections at the top level, each section's documents beneath it. */
export function outlineFromDocs(state: BuildState, pseudonymise: (s: string) => string): OutlineNode[] {
  const nodes: OutlineNode[] = [];
  let current: OutlineNode | null = null;
  for (const doc of state.docs) {
    if (doc.last < doc.first) continue;
    // Bookmarks are not drawn with the embedded font, so only the pseudonymiser applies (viewers render any script).
    const node: OutlineNode = { title: `${pseudonymise(doc.title)} (${pagesText(state, doc)})`, pageIndex: doc.first, children: [] };
    if (doc.isSection) {
      nodes.push(node);
      current = node;
    } else if (doc.section === 'front' || !current) nodes.push(node);
    else current.children.push(node);
  }
  return nodes;
}

export function buildReport(state: BuildState, labels: readonly string[], warnings: BundleWarning[]): BundleReport {
  const pageMap: PageMapEntry[] = state.docs
    .filter((d) => d.last >= d.first)
    .map((d) => ({
      key: d.key,
      section: d.section,
      title: d.title,
      exhibitNo: d.exhibitNo,
      firstPage: d.first + 1,
      lastPage: d.last + 1,
      firstLabel: labels[d.first] ?? '',
      lastLabel: labels[d.last] ?? '',
    }));
  return { pageCount: state.pages.length, pageMap, warnings, settings: state.options };
}
