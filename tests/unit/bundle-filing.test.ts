import { beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, type BundleResult } from '../../shared/bundle';
import { loadFonts, sampleCase, type SampleCase } from '../fixtures/bundle/sample-case';
import { pdfStructure, readBack, tool, withTempPdf, type ReadBack } from '../fixtures/bundle/read-pdf';

let sample: SampleCase;
let result: BundleResult;
let pdf: ReadBack;
let text: string;

/** Every spelling of the protected victim the case knows: name, surname alone, handle. */
const PROTECTED = ['Łukasz', 'Żółć', '@lukasz_z', 'lukasz'];

beforeAll(async () => {
  sample = await sampleCase();
  // The title names the victim too: a filing copy must not leak it through the window title.
  sample.snapshot.case.title = 'Fiscalía v. X Corp. (re Łukasz Żółć)';
  result = await buildBundle({
    snapshot: sample.snapshot,
    options: { profile: 'filing', numbering: 'consecutive', bundleDate: '2026-03-10', deterministic: true },
    fonts: loadFonts(),
    readFile: sample.readFile,
  });
  pdf = await readBack(result.bytes);
  text = withTempPdf(result.bytes, (path) => tool('pdftotext', [path, '-'])) + pdf.texts.join('\n');
}, 30_000);

describe('filing profile', () => {
  it('replaces the protected party with the pseudonym in text, bookmarks and metadata', () => {
    for (const name of PROTECTED) {
      expect(text.toLowerCase()).not.toContain(name.toLowerCase());
      for (const mark of pdf.outline) expect(mark.title.toLowerCase()).not.toContain(name.toLowerCase());
      for (const value of Object.values(pdf.info)) expect(JSON.stringify(value).toLowerCase()).not.toContain(name.toLowerCase());
    }
    expect(text).toContain('V-1');
    expect(pdf.info.Title).toBe('Fiscalía v. X Corp. (re V-1) — hearing bundle');
    expect(pdf.outline.some((o) => o.title.includes('Screenshot of post naming V-1'))).toBe(true);
  });

  it('leaves restricted items and privileged notes out', () => {
    expect(result.report.pageMap.some((d) => d.key === 'exhibit:ev-7')).toBe(false);
    expect(text).not.toContain('Intimate deepfake');
    expect(text).not.toContain('PRIVILEGED');
    expect(result.report.warnings.some((w) => w.code === 'restricted-left-out')).toBe(true);
  });

  it('can include restricted items when chosen', async () => {
    const chosen = await buildBundle({
      snapshot: sample.snapshot,
      options: { profile: 'filing', numbering: 'consecutive', includeRestricted: true, sections: ['D'] },
      fonts: loadFonts(),
      readFile: sample.readFile,
    });
    expect(chosen.report.pageMap.some((d) => d.key === 'exhibit:ev-7')).toBe(true);
  });

  it('contains no JavaScript, embedded files or attachments', () => {
    const info = withTempPdf(result.bytes, (path) => tool('pdfinfo', [path]));
    expect(info).toMatch(/JavaScript:\s+no/);
    const structure = pdfStructure(result.bytes);
    expect(structure.pageCount).toBe(pdf.numPages);
    for (const key of ['/JavaScript', '/JS', '/EmbeddedFile', '/EmbeddedFiles', '/AA', '/Launch']) expect(structure.keys).not.toContain(key);
    for (const name of ['/JavaScript', '/FileAttachment', '/Launch', '/EmbeddedFile']) expect(structure.names).not.toContain(name);
  });
});
