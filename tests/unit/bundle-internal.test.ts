import { beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, type BundleResult } from '../../shared/bundle';
import { NAMES, WITHHELD_MARKER, loadFonts, sampleCase, type SampleCase } from '../fixtures/bundle/sample-case';
import { readBack, tool, withTempPdf, type ReadBack } from '../fixtures/bundle/read-pdf';

let sample: SampleCase;
let result: BundleResult;
let pdf: ReadBack;
let pdftotext: string;

beforeAll(async () => {
  sample = await sampleCase();
  result = await buildBundle({
    snapshot: sample.snapshot,
    options: { profile: 'internal', numbering: 'consecutive', includeRestricted: true, bundleDate: '2026-03-10', deterministic: true, preparedBy: 'Despacho Ruiz', confidentialityLegend: 'CONFIDENTIAL' },
    fonts: loadFonts(),
    readFile: sample.readFile,
  });
  pdf = await readBack(result.bytes);
  pdftotext = withTempPdf(result.bytes, (path) => tool('pdftotext', ['-layout', path, '-']));
}, 30_000);

const doc = (key: string) => {
  const entry = result.report.pageMap.find((d) => d.key === key);
  if (!entry) throw new Error(`no page map entry ${key}`);
  return entry;
};

describe('internal bundle read back by pdf.js, qpdf and poppler', () => {
  it('is a valid PDF whose page count matches the report', () => {
    const check = withTempPdf(result.bytes, (path) => tool('qpdf', ['--check', path]));
    expect(check).toContain('No syntax or stream encoding errors');
    expect(pdf.numPages).toBe(result.report.pageCount);
    const info = withTempPdf(result.bytes, (path) => tool('pdfinfo', [path]));
    expect(info).toMatch(new RegExp(`Pages:\\s+${result.report.pageCount}\\b`));
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89/);
  });

  it('stamps every page, merged ones included, bottom right and upright, with its page number', () => {
    pdf.items.forEach((items, i) => {
      const label = String(i + 1);
      const stamp = items.find((it) => it.text === label && it.x > it.viewW * 0.75 && it.y > it.viewH - 40);
      expect(stamp, `stamp on page ${label}`).toBeDefined();
      expect(stamp?.upright, `stamp upright on page ${label}`).toBe(true);
    });
  });

  it('stamps rotated, offset and landscape exhibit pages in the displayed bottom-right corner', () => {
    const e1 = doc('exhibit:ev-1');
    // Cover sheet, then 4 merged pages: page 2 is /Rotate 90, page 3 has an offset media box, page 4 is landscape.
    expect(e1.lastPage - e1.firstPage).toBe(4);
    for (let p = e1.firstPage + 1; p <= e1.lastPage; p++) {
      expect(pdf.texts[p - 1]).toContain(`SRC E1 page ${p - e1.firstPage}`);
      const stamp = pdf.items[p - 1]!.find((it) => it.text === String(p));
      expect(stamp && stamp.x > stamp.viewW - 60 && stamp.y > stamp.viewH - 30 && stamp.upright, `page ${p}`).toBe(true);
    }
    const landscape = pdf.items[e1.lastPage - 1]![0]!;
    expect(landscape.viewW).toBeGreaterThan(landscape.viewH);
  });

  it('has page labels equal to the stamps and opens at 100 %', () => {
    expect(pdf.labels).toEqual(Array.from({ length: pdf.numPages }, (_, i) => String(i + 1)));
    const dest = (pdf.openAction as { dest: unknown[] }).dest;
    expect(dest[1]).toEqual({ name: 'XYZ' });
    expect(dest[4]).toBe(1);
  });

  it('has a bookmark for every section and document, on its first page, with its page numbers', () => {
    for (const entry of result.report.pageMap) {
      const range = entry.firstPage === entry.lastPage ? `p. ${entry.firstLabel}` : `pp. ${entry.firstLabel}–${entry.lastLabel}`;
      const mark = pdf.outline.find((o) => o.title.endsWith(`(${range})`) && o.pageIndex === entry.firstPage - 1);
      expect(mark, `bookmark for ${entry.key}`).toBeDefined();
    }
    expect(pdf.outline.filter((o) => o.depth === 0).map((o) => o.title.slice(0, 2))).toEqual(['Co', 'In', 'A.', 'B.', 'C.', 'D.', 'E.', 'F.', 'G.', 'H.']);
  });

  it('links every index row to the first page of its document', () => {
    const index = doc('index');
    const indexLinks = pdf.links.filter((l) => l.pageIndex >= index.firstPage - 1 && l.pageIndex <= index.lastPage - 1);
    const expected = result.report.pageMap.filter((d) => d.section !== 'front').map((d) => d.firstPage - 1);
    expect(indexLinks.map((l) => l.targetPage)).toEqual(expected);
    // The page range printed in the row is that document's range.
    expect(pdf.texts[index.firstPage - 1]).toContain(`${doc('exhibit:ev-1').firstLabel}–${doc('exhibit:ev-1').lastLabel}`);
  });

  it('links argument citations to the exhibit and to the chronology row', () => {
    const arg = doc('argument:a-1');
    const targets = pdf.links.filter((l) => l.pageIndex === arg.firstPage - 1).map((l) => l.targetPage);
    expect(targets).toContain(doc('exhibit:ev-2').firstPage - 1);
    expect(targets).toContain(doc('chronology').firstPage - 1);
    expect(result.report.warnings.some((w) => w.code === 'unknown-citation' && w.message.includes('[E-0099]'))).toBe(true);
  });

  it('embeds a Unicode font: names in Polish, Greek, Russian and Spanish extract exactly', () => {
    const all = pdf.texts.join('\n');
    for (const name of Object.values(NAMES)) {
      expect(all).toContain(name);
      expect(pdftotext).toContain(name);
    }
    const fonts = withTempPdf(result.bytes, (path) => tool('pdffonts', [path]));
    const ours = fonts.split('\n').filter((l) => l.includes('DejaVuSans')).map((l) => l.split(/\s+/)[0]);
    expect(ours.length).toBe(2);
    for (const name of ours) expect(name).toMatch(/^[A-Z]{6}\+DejaVuSans(-Bold)?$/);
    expect(new Set(ours).size).toBe(2);
  });

  it('refuses right-to-left text with a placeholder and a warning instead of garbage', () => {
    expect(pdf.texts.join('')).toContain('[right-to-left text not rendered]');
    expect(pdf.texts.join('')).not.toMatch(/[\u0600-\u06FF]/);
    expect(result.report.warnings.some((w) => w.code === 'rtl-text')).toBe(true);
  });

  it('shows withheld items as a slip sheet with hashes, never reading or embedding their bytes', () => {
    const w = doc('exhibit:ev-3');
    expect(w.lastPage).toBe(w.firstPage);
    const text = pdf.texts[w.firstPage - 1]!;
    expect(text).toContain('WITHHELD');
    expect(text).toContain(sample.withheldSha);
    expect(text).toContain('c0ffee'.repeat(10) + 'beef');
    expect(text).toContain('PN-2026-0042');
    expect(sample.requested).not.toContain(sample.withheldSha);
    expect(Buffer.from(result.bytes).includes(WITHHELD_MARKER)).toBe(false);
    expect(pdftotext).not.toContain(WITHHELD_MARKER);
  });

  it('turns encrypted, corrupt, missing and unsupported files into slip sheets and reports them', () => {
    const codes = result.report.warnings.map((w) => `${w.documentKey ?? ''}:${w.code}`);
    expect(codes).toEqual(expect.arrayContaining(['exhibit:ev-4:encrypted-pdf', 'exhibit:ev-5:unreadable-pdf', 'exhibit:ev-6:missing-file', 'exhibit:ev-8:unsupported-file']));
    const slip = (key: string) => pdf.texts[doc(key).lastPage - 1]!;
    expect(slip('exhibit:ev-4')).toMatch(/attachment not reproduced[\s\S]*encrypted/);
    expect(slip('exhibit:ev-5')).toMatch(/attachment not reproduced[\s\S]*damaged/);
    expect(slip('exhibit:ev-6')).toMatch(/not in the case file store/);
    expect(slip('exhibit:ev-8')).toMatch(/video\/mp4/);
  });

  it('places images on their own page and merges the expert report PDF', () => {
    expect(pdf.texts[doc('exhibit:ev-2').lastPage - 1]).toContain('E-0002 · post.jpg · 400 × 260 px');
    expect(pdf.texts[doc('exhibit:ev-9').lastPage - 1]).toContain('chart.png');
    const r = doc('report:r-1');
    expect(pdf.texts[r.lastPage - 1]).toContain('SRC REPORT page 2');
  });

  it('includes restricted items and privileged notes in the internal copy', () => {
    expect(doc('exhibit:ev-7').lastPage).toBeGreaterThan(doc('exhibit:ev-7').firstPage);
    expect(pdf.texts.join('')).toContain('PRIVILEGED: weak on causation');
  });

  it('prints the manifest, audit head and settings in the integrity appendix', () => {
    const h = doc('integrity');
    const text = pdf.texts.slice(h.firstPage - 1, h.lastPage).join('\n');
    expect(text).toContain('ab'.repeat(32));
    for (const e of sample.snapshot.evidence) expect(text).toContain(e.hashes.sha256 ?? '');
    expect(text).toContain('consecutive from 1');
  });

  it('writes metadata and a trailer /ID', () => {
    expect(pdf.info.Title).toBe('Fiscalía v. X Corp. — Grok sexual deepfakes — hearing bundle');
    expect(pdf.info.Creator).toBe('Expediente');
    expect(String(pdf.info.Keywords)).toContain('DP 123/2026');
    expect(Buffer.from(result.bytes).toString('latin1')).toMatch(/\/ID \[ <[0-9A-F]{32}> <[0-9A-F]{32}> \]/i);
  });

  it('prints the expert report with its dated instructions, range of opinion and what PD35 still wants', () => {
    const sheet = pdf.texts[doc('report:r-1').firstPage - 1]!; // firstPage is 1-based
    expect(sheet).toContain('10 Feb 2026: Determine whether');
    expect(sheet).toContain('Say who else could have made it.');
    expect(sheet).toContain('Incomplete: missing statement of truth');
    expect(sheet).toContain('Some experts accept a compression explanation');
    expect(sheet).toMatch(/Facts within own knowledge\s*not applicable/);
  });

  it('derives the table of authorities from what the arguments cite, saying how far each was verified', () => {
    const g = pdf.texts[doc('authorities').firstPage - 1]!;
    expect(g).toContain('Regulation (EU) 2022/2065 (Digital Services Act)');
    expect(g).toContain('art. 16');
    expect(g).toContain('F1');
    expect(g).toContain('own authority');
  });
});
