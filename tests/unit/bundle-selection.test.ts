import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../shared/bundle';
import { loadFonts, sampleCase } from '../fixtures/bundle/sample-case';
import { readBack } from '../fixtures/bundle/read-pdf';

describe('section selection and integrity checks', () => {
  it('omits empty sections when asked, and keeps A–H order whatever order is given', async () => {
    const s = await sampleCase();
    s.snapshot.authorities = [];
    s.snapshot.arguments = [];
    const { bytes, report } = await buildBundle({ snapshot: s.snapshot, options: { profile: 'internal', numbering: 'consecutive', sections: ['H', 'G', 'F', 'B', 'A'], emptySections: 'omit' }, fonts: loadFonts(), readFile: s.readFile });
    const pdf = await readBack(bytes);
    expect(pdf.outline.filter((o) => o.depth === 0).map((o) => o.title.split(' ')[0])).toEqual(['Cover', 'Index', 'A.', 'B.', 'H.']);
    expect(report.pageMap.some((d) => d.key.startsWith('exhibit:'))).toBe(false);
  });

  it('shows an empty section as a divider saying so when placeholders are kept', async () => {
    const s = await sampleCase();
    // Section G is derived from what the arguments cite: with no arguments it has nothing to list.
    s.snapshot.arguments = [];
    const { bytes, report } = await buildBundle({ snapshot: s.snapshot, options: { profile: 'internal', numbering: 'consecutive', sections: ['G'] }, fonts: loadFonts(), readFile: s.readFile });
    const pdf = await readBack(bytes);
    const g = report.pageMap.find((d) => d.key === 'section:G')!;
    expect(g.firstPage).toBe(g.lastPage);
    expect(pdf.texts[g.firstPage - 1]).toContain('No entries in this section.');
  });

  it('refuses to merge a file whose bytes do not match the recorded SHA-256', async () => {
    const s = await sampleCase();
    const e1 = s.snapshot.evidence[0]!;
    const tampered = new Uint8Array(s.files.get(e1.attachment!.sha256)!);
    const at = tampered.length - 10;
    tampered[at] = (tampered[at] ?? 0) ^ 0xff;
    s.files.set(e1.attachment!.sha256, tampered);
    const { bytes, report } = await buildBundle({ snapshot: s.snapshot, options: { profile: 'internal', numbering: 'consecutive', sections: ['D'] }, fonts: loadFonts(), readFile: s.readFile });
    expect(report.warnings.some((w) => w.code === 'hash-mismatch' && w.documentKey === `exhibit:${e1.id}`)).toBe(true);
    const pdf = await readBack(bytes);
    const entry = report.pageMap.find((d) => d.key === `exhibit:${e1.id}`)!;
    expect(pdf.texts[entry.lastPage - 1]).toContain('does not match its recorded SHA-256');
    expect(pdf.texts.join('')).not.toContain('SRC E1 page');
  });
});
