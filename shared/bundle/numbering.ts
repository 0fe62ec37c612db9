import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFHexString } from 'pdf-lib';
import type { ResolvedOptions } from './snapshot';
import type { SectionKey } from './state';

type NumberingOptions = Pick<ResolvedOptions, 'numbering' | 'batesPrefix' | 'batesDigits' | 'startNumber'>;

/** One run of the /PageLabels number tree: from page `start`, prefix + counter in a style. */
interface LabelRun {
  start: number;
  style: 'D' | 'r' | null;
  prefix: string;
  first: number;
}

/**
 * The label (and stamp) of every page. Consecutive: start, start+1…;
 * per-section: front matter i, ii… then A1, A2… B1…; Bates: prefix plus a
 * zero-padded counter. The /PageLabels tree is derived from the same runs, so
 * the viewer's page box always shows what is stamped on the page.
 */
export function labelRuns(sections: readonly SectionKey[], opts: NumberingOptions): LabelRun[] {
  if (opts.numbering === 'consecutive') return [{ start: 0, style: 'D', prefix: '', first: opts.startNumber }];
  if (opts.numbering === 'bates') return batesRuns(sections.length, opts);
  const runs: LabelRun[] = [];
  sections.forEach((s, i) => {
    if (i > 0 && sections[i - 1] === s) return;
    runs.push(s === 'front' ? { start: i, style: 'r', prefix: '', first: 1 } : { start: i, style: 'D', prefix: s, first: 1 });
  });
  return runs;
}

/** Zero padding cannot be expressed by a /PageLabels style, so each digit-count band is a run whose prefix carries the zeros. */
function batesRuns(pageCount: number, opts: NumberingOptions): LabelRun[] {
  const runs: LabelRun[] = [];
  let digits = -1;
  for (let i = 0; i < pageCount; i++) {
    const n = opts.startNumber + i;
    const len = String(n).length;
    if (len === digits) continue;
    digits = len;
    runs.push({ start: i, style: 'D', prefix: opts.batesPrefix + '0'.repeat(Math.max(0, opts.batesDigits - len)), first: n });
    // Jump to the next power of ten instead of visiting every page.
    i = Math.max(i, 10 ** len - opts.startNumber - 1);
  }
  return runs;
}

export function labelsFromRuns(runs: readonly LabelRun[], pageCount: number): string[] {
  const labels: string[] = new Array<string>(pageCount);
  runs.forEach((run, r) => {
    const end = runs[r + 1]?.start ?? pageCount;
    for (let i = run.start; i < end; i++) {
      const n = run.first + (i - run.start);
      labels[i] = run.prefix + (run.style === 'r' ? roman(n) : run.style === 'D' ? String(n) : '');
    }
  });
  return labels;
}

export function writePageLabels(doc: PDFDocument, runs: readonly LabelRun[]): void {
  const nums: (PDFNumber | PDFDict)[] = [];
  for (const run of runs) {
    const dict = doc.context.obj({});
    if (run.style) dict.set(PDFName.of('S'), PDFName.of(run.style));
    if (run.prefix) dict.set(PDFName.of('P'), PDFHexString.fromText(run.prefix));
    if (run.first !== 1) dict.set(PDFName.of('St'), PDFNumber.of(run.first));
    nums.push(PDFNumber.of(run.start), dict);
  }
  doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({ Nums: nums }));
}

export function roman(n: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}
