import { describe, expect, it } from 'vitest';
import { buildBundle, type BundleOptions } from '../../shared/bundle';
import { labelRuns, labelsFromRuns } from '../../shared/bundle/numbering';
import { loadFonts, sampleCase } from '../fixtures/bundle/sample-case';
import { readBack } from '../fixtures/bundle/read-pdf';

async function build(options: Partial<BundleOptions>) {
  const sample = await sampleCase();
  const result = await buildBundle({ snapshot: sample.snapshot, options: { profile: 'internal', numbering: 'consecutive', ...options }, fonts: loadFonts(), readFile: sample.readFile });
  return { result, pdf: await readBack(result.bytes) };
}

/** The stamp is the text item at the bottom right of the page as displayed. */
function stampOf(items: Awaited<ReturnType<typeof readBack>>['items'][number]): string | undefined {
  return items.filter((it) => it.x > it.viewW * 0.6 && it.y > it.viewH - 30).at(-1)?.text;
}

describe('page numbering profiles', () => {
  it('per section: front matter i, ii; then A1, A2 … B1; stamps equal page labels', async () => {
    const { result, pdf } = await build({ numbering: 'section' });
    expect(pdf.labels?.slice(0, 3)).toEqual(['i', 'ii', 'A1']);
    const d = result.report.pageMap.find((e) => e.key === 'section:D')!;
    expect(pdf.labels?.[d.firstPage - 1]).toBe('D1');
    pdf.items.forEach((items, i) => expect(stampOf(items), `page ${i + 1}`).toBe(pdf.labels?.[i]));
    // Bookmark titles carry the section label.
    expect(pdf.outline.find((o) => o.title.startsWith('D. Exhibits'))?.title).toMatch(/\(pp\. D1–D\d+\)$/);
  });

  it('Bates: prefix and zero-padded counter from the start number, stamps equal labels', async () => {
    const { pdf } = await build({ numbering: 'bates', batesPrefix: 'XCORP', batesDigits: 6, startNumber: 95, sections: ['A', 'D'] });
    expect(pdf.labels?.[0]).toBe('XCORP000095');
    expect(pdf.labels?.[5]).toBe('XCORP000100');
    pdf.items.forEach((items, i) => expect(stampOf(items), `page ${i + 1}`).toBe(pdf.labels?.[i]));
  });

  it('consecutive from a start number', async () => {
    const { pdf } = await build({ startNumber: 501, sections: ['A', 'H'] });
    expect(pdf.labels?.[0]).toBe('501');
    pdf.items.forEach((items, i) => expect(stampOf(items)).toBe(String(501 + i)));
  });

  it('Bates runs stay compact across digit-count changes', () => {
    const opts = { numbering: 'bates' as const, batesPrefix: 'B', batesDigits: 4, startNumber: 8 };
    const runs = labelRuns(new Array(1000).fill('D'), opts);
    expect(runs.length).toBe(4);
    const labels = labelsFromRuns(runs, 1000);
    expect([labels[0], labels[1], labels[2], labels[91], labels[92], labels[999]]).toEqual(['B0008', 'B0009', 'B0010', 'B0099', 'B0100', 'B1007']);
  });
});
