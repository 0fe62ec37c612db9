import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildBundle, type BundleOptions } from '../../shared/bundle';
import { readBack, tool, withTempPdf } from '../fixtures/bundle/read-pdf';
import { loadFonts, sampleCase } from '../fixtures/bundle/sample-case';

const options: BundleOptions = { profile: 'internal', numbering: 'consecutive', bundleDate: '2026-03-10', deterministic: true, sections: ['A', 'D', 'H'] };
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe('the deflate a caller chooses (the command line passes node:zlib)', () => {
  it('compresses every stream the bundle writes, and the bundle reads back as with pdf-lib\'s own', async () => {
    const sample = await sampleCase();
    const base = await buildBundle({ snapshot: sample.snapshot, options, fonts: loadFonts(), readFile: sample.readFile });
    // Level 0 stores blocks uncompressed: what went through the chosen deflate is visible in the file.
    let calls = 0;
    const stored = await buildBundle({
      snapshot: sample.snapshot, options, fonts: loadFonts(), readFile: sample.readFile,
      deflate: (bytes) => { calls += 1; return deflateSync(bytes, { level: 0 }); },
    });
    const text = latin1(stored.bytes);
    expect(calls).toBeGreaterThan(3);
    // Object streams (the catalog and page tree live in them), the cross-reference stream's
    // neighbours and the generated pages' operators all went through it.
    // (Booleans: a failing match would print the whole file.)
    const seen = (needle: string) => text.includes(needle);
    expect(seen('/Type /Catalog')).toBe(true);
    expect(seen('/Type /Pages')).toBe(true);
    expect(/ Tm\n<[0-9A-F]+> Tj\n/.test(text)).toBe(true); // drawn text of generated pages (stamps use Td)
    expect(latin1(base.bytes).includes('/Type /Catalog')).toBe(false);

    withTempPdf(stored.bytes, (path) => expect(tool('qpdf', ['--check', path])).toMatch(/No syntax or stream encoding errors/));
    const [a, b] = [await readBack(base.bytes), await readBack(stored.bytes)];
    expect(b.numPages).toBe(a.numPages);
    expect(b.texts).toEqual(a.texts);
    expect(b.outline).toEqual(a.outline);
    expect(b.links).toEqual(a.links);
  });
});
