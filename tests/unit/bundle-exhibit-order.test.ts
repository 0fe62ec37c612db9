import { describe, expect, it } from 'vitest';
import { buildBundle, type BundleOptions } from '../../shared/bundle';
import { readBack } from '../fixtures/bundle/read-pdf';
import { loadFonts, sampleCase } from '../fixtures/bundle/sample-case';

/** Exhibit numbers in the order the bundle's bookmarks list them (section D), as pdf.js reads them. */
async function exhibitOrder(options: Partial<BundleOptions>, dates?: Record<string, string | null>) {
  const sample = await sampleCase();
  for (const e of sample.snapshot.evidence) {
    if (dates && e.exhibitNo in dates) { e.publishedAt = dates[e.exhibitNo]!; if (dates[e.exhibitNo] === null) e.capturedAt = null; }
  }
  const { bytes } = await buildBundle({
    snapshot: sample.snapshot, fonts: loadFonts(), readFile: sample.readFile,
    options: { profile: 'internal', numbering: 'consecutive', sections: ['D', 'H'], includeRestricted: true, ...options },
  });
  const read = await readBack(bytes);
  const numbers = read.outline.map((o) => /^(E-\d{4})\b/.exec(o.title)?.[1]).filter((n): n is string => !!n);
  return { numbers, text: read.texts.join('\n') };
}

describe('the order of exhibits in a bundle', () => {
  it('is by exhibit number unless chosen otherwise', async () => {
    const { numbers, text } = await exhibitOrder({});
    expect(numbers).toEqual(['E-0001', 'E-0002', 'E-0003', 'E-0004', 'E-0005', 'E-0006', 'E-0007', 'E-0008', 'E-0009']);
    expect(text).toMatch(/all, by exhibit\s+number/);
  });

  it('is by date when chosen: published, else captured, undated last, ties by number', async () => {
    const dates = { 'E-0001': '2026-03-01T10:00:00Z', 'E-0002': '2025-12-24T08:00:00Z', 'E-0003': null, 'E-0004': '2026-01-15T00:00:00Z', 'E-0005': '2026-01-15T00:00:00Z' };
    const { numbers, text } = await exhibitOrder({ exhibitOrder: 'date' }, dates);
    // Items 6-9 keep the fixture's 2026-02-03 publication date; E-0003 has no date at all.
    expect(numbers).toEqual(['E-0002', 'E-0004', 'E-0005', 'E-0006', 'E-0007', 'E-0008', 'E-0009', 'E-0001', 'E-0003']);
    expect(text).toMatch(/by date \(published, else\s+captured\)/);
  });

  it('follows a custom order and selection exactly', async () => {
    const { numbers, text } = await exhibitOrder({ exhibitOrder: 'custom', evidenceIds: ['ev-9', 'ev-2', 'ev-5', 'ev-1'] });
    expect(numbers).toEqual(['E-0009', 'E-0002', 'E-0005', 'E-0001']);
    expect(text).toMatch(/4 chosen, in the order\s+chosen/);
  });

  it('sorts a chosen selection when a sorted order is asked for', async () => {
    const { numbers } = await exhibitOrder({ exhibitOrder: 'number', evidenceIds: ['ev-9', 'ev-2', 'ev-5'] });
    expect(numbers).toEqual(['E-0002', 'E-0005', 'E-0009']);
  });
});
