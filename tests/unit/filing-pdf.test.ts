import { describe, expect, test } from 'vitest';
import { buildFilingModel, filingToPdf, type FilingOptions } from '../../shared/filing';
import type { CaseSnapshot } from '../../shared/bundle/snapshot';
import { loadFonts, NAMES } from '../fixtures/bundle/sample-case';
import { pdfStructure, readBack, tool, withTempPdf } from '../fixtures/bundle/read-pdf';
import { sampleFilingCase } from '../fixtures/filing/sample-filing';

const fonts = loadFonts();

async function pdfOf(over: Partial<FilingOptions> = {}, edit: (s: CaseSnapshot) => CaseSnapshot = (s) => s) {
  const { snapshot, options } = await sampleFilingCase();
  const doc = buildFilingModel(edit(snapshot), { ...options, ...over });
  const result = await filingToPdf(doc, fonts, { deterministic: true });
  const pages = withTempPdf(result.bytes, (path) => tool('pdftotext', ['-layout', path, '-']).split('\f'));
  return { doc, result, pages, text: pages.join('\n') };
}

describe('filing PDF', () => {
  test('qpdf finds it sound; it holds no attachment, script or action beyond opening at 100 %', async () => {
    const { result } = await pdfOf({ allowLinks: true });
    withTempPdf(result.bytes, (path) => expect(tool('qpdf', ['--check', path])).toContain('No syntax or stream encoding errors'));
    const structure = pdfStructure(result.bytes);
    for (const key of ['/JS', '/JavaScript', '/EmbeddedFile', '/EmbeddedFiles', '/Launch', '/AA']) expect(structure.keys).not.toContain(key);
    expect(structure.pageCount).toBe(result.pageCount);
  });

  test('numbered paragraphs, the caption and the signature read back as text', async () => {
    const { text } = await pdfOf();
    expect(text).toContain('COMPLAINT');
    expect(text).toContain('Juzgado Central de Instrucción nº 5, Madrid');
    expect(text).toMatch(/1\.\s+3 Feb 2026: Grok generates a sexualised image of V-1/);
    expect(text).toMatch(/7\.\s+A notice under Art\. 16 DSA \(1\)/);
    // A bullet in the argument is a sub-paragraph: indented, its marker hanging, no paragraph number of its own.
    expect(text).toMatch(/\n {6,}•\s+X kept the image online/);
    expect(text).toContain('María López García');
    expect(text).toContain('ICAM 12345');
    expect(text).toContain('Madrid, 2 December 2026');
  });

  test('every note is printed at the foot of the page that marks it', async () => {
    const { doc, result } = await pdfOf();
    const pdf = await readBack(result.bytes);
    const pageOf = (needle: string) => pdf.texts.findIndex((t) => t.replace(/\s+/g, ' ').includes(needle));
    // Note 3 gives art. 189.1 CP in full, on the page of paragraph 3; note 12 is the draft, on the page of paragraph 8.
    expect(doc.footnotes[2]!.text).toContain('Ley Orgánica 10/1995');
    expect(pageOf('Ley Orgánica 10/1995')).toBe(pageOf('Legal basis: art. 189.1 CP'));
    expect(pageOf('(draft — not law).')).toBe(pageOf('A notice under Art. 16 DSA'));
    // Notes sit below the body text on their page.
    const page = pdf.items[pageOf('See n 3.')]!;
    const noteY = page.find((i) => i.text.includes('See n 3.'))!.y;
    const bodyY = Math.max(...page.filter((i) => /^(The|Under|Legal basis)/.test(i.text)).map((i) => i.y));
    expect(noteY).toBeGreaterThan(bodyY);
  });

  test('protected names appear nowhere: text, bookmarks, metadata', async () => {
    const { result, text } = await pdfOf({ partyIds: ['p-c', 'p-v', 'p-x', 'p-w', 'p-e'] });
    const pdf = await readBack(result.bytes);
    const everything = [text, ...pdf.texts, ...pdf.outline.map((o) => o.title), JSON.stringify(pdf.info), ...pdfStructure(result.bytes).strings].join('\n');
    for (const leak of ['Łukasz', 'Żółć', '@lukasz_z']) expect(everything).not.toContain(leak);
    expect(text).toContain('V-1');
    // Any script the font has renders and extracts.
    expect(text).toContain(NAMES.witness);
    expect(text).toContain(NAMES.expert);
  });

  test('right-to-left text is refused with a visible placeholder and a warning, never garbage', async () => {
    const { result, text } = await pdfOf({ partyIds: ['p-r', 'p-x'] });
    expect(text).toContain('[right-to-left text not rendered]');
    expect(result.warnings.map((w) => w.code)).toContain('rtl-text');
  });

  test('no link annotations unless the court profile allows links; then sources and cross-references work', async () => {
    const off = await pdfOf({ citationStyle: 'inline', allowLinks: false });
    // pdf-lib gives every page an empty /Annots array: what matters is that no annotation is in it.
    const quiet = pdfStructure(off.result.bytes);
    expect(quiet.names).not.toContain('/Link');
    expect(quiet.keys).not.toContain('/URI');
    const on = await pdfOf({ citationStyle: 'inline', allowLinks: true });
    const structure = pdfStructure(on.result.bytes);
    expect(structure.names).toContain('/Link');
    expect(structure.keys).toContain('/URI');
    const pdf = await readBack(on.result.bytes);
    expect(pdf.links.length).toBeGreaterThan(0);
  });

  test('every page carries its stamp, bookmarks lead to the headings, and the file opens at 100 %', async () => {
    const { result, pages } = await pdfOf();
    const n = result.pageCount;
    expect(n).toBeGreaterThan(1);
    for (let i = 0; i < n; i++) expect(pages[i]).toContain(`Page ${i + 1} / ${n}`);
    const pdf = await readBack(result.bytes);
    expect(pdf.outline.map((o) => o.title.replace(/ — p\. \d+$/, ''))).toEqual(expect.arrayContaining(['Facts', 'Legal grounds', 'Relief sought', 'Table of authorities']));
    expect(pdf.outline.find((o) => o.title.startsWith('I. X is liable'))?.depth).toBe(1);
    expect(pdf.info.Title).toBe('Complaint — Fiscalía v. X Corp. — Grok sexual deepfakes');
    expect(JSON.stringify(pdf.openAction)).toContain('XYZ');
  });

  test('the table of authorities is an annex with the paragraphs citing each authority', async () => {
    const { pages, result } = await pdfOf();
    const annex = pages[result.pageCount - 1]!;
    expect(annex).toContain('TABLE OF AUTHORITIES');
    expect(annex).toMatch(/art\. 189\.1 CP.*paras 3, 5/);
    expect(annex).toContain('(draft — not law)');
  });

  test('deterministic mode gives identical bytes for identical input', async () => {
    const a = await pdfOf({ citationStyle: 'inline', language: 'es' });
    const b = await pdfOf({ citationStyle: 'inline', language: 'es' });
    expect(Buffer.from(a.result.bytes).equals(Buffer.from(b.result.bytes))).toBe(true);
    expect(a.text).toContain('FUNDAMENTOS DE DERECHO');
    expect(a.text).toContain('Página 1 /');
  });
});
