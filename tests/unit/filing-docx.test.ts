import { beforeAll, describe, expect, it } from 'vitest';
import { buildFilingModel, filingToDocx, type FilingDocument, type FilingOptions } from '../../shared/filing';
import type { CaseSnapshot } from '../../shared/bundle/snapshot';
import { NAMES } from '../fixtures/bundle/sample-case';
import { sampleFilingCase } from '../fixtures/filing/sample-filing';
import { docxParts, hasSoffice, htmlText, libreOfficeRead, mammothRead, numberedParagraphs, squash } from '../fixtures/filing/read-docx';

/** Every spelling of the protected victim the case knows: name, surname alone, handle. */
const PROTECTED = ['Łukasz', 'Żółć', '@lukasz_z', 'lukasz'];
const PNG = '/tmp/filing-docx-page1.png';

interface Written { doc: FilingDocument; bytes: Uint8Array; parts: Map<string, string>; text: string; html: string }

let snapshot: CaseSnapshot;
let base: FilingOptions;

async function write(over: Partial<FilingOptions>): Promise<Written> {
  const doc = buildFilingModel(snapshot, { ...base, ...over });
  const bytes = await filingToDocx(doc, { deterministic: true });
  return { doc, bytes, parts: await docxParts(bytes), ...(await mammothRead(bytes)) };
}

const variants: Record<string, Partial<FilingOptions>> = {
  'English, footnotes': { language: 'en', citationStyle: 'footnotes' },
  'Spanish, footnotes': { language: 'es', citationStyle: 'footnotes' },
  'English, inline': { language: 'en', citationStyle: 'inline' },
  'Spanish, inline, links': { language: 'es', citationStyle: 'inline', allowLinks: true },
};
const written = new Map<string, Written>();

beforeAll(async () => {
  const sample = await sampleFilingCase();
  snapshot = sample.snapshot;
  // The case title names the victim too: the document properties must not leak it.
  snapshot.case.title = `Fiscalía v. X Corp. (re ${NAMES.victim})`;
  // Witnesses and the expert in the caption: Greek, Cyrillic and Arabic names.
  base = { ...sample.options, partyIds: [...sample.options.partyIds, 'p-w', 'p-e', 'p-r'] };
  for (const [name, over] of Object.entries(variants)) written.set(name, await write(over));
}, 60_000);

describe.each(Object.keys(variants))('%s', (name) => {
  const w = () => written.get(name)!;

  it('reads back with the caption first and every numbered paragraph in order, as a Word list', () => {
    const { doc, text, html } = w();
    expect(text.indexOf(doc.court)).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(doc.court)).toBeLessThan(text.indexOf(doc.title));
    const paragraphs = numberedParagraphs(doc);
    expect(paragraphs.length).toBeGreaterThan(5);
    let at = text.indexOf(doc.title);
    for (const p of paragraphs) {
      const found = text.indexOf(p.text, at);
      expect(found, `para ${p.number}: ${p.text}`).toBeGreaterThan(at);
      // The number is Word's list number, not typed into the text.
      expect(text.slice(found - 6, found)).not.toMatch(new RegExp(`${p.number}\\.\\s*$`));
      at = found;
    }
    // mammoth turns Word list paragraphs into list items (footnotes are items with an id):
    // the numbered paragraphs, and the argument's bullet as a Word bullet, not a typed "•".
    const subParagraphs = doc.blocks.filter((b) => b.kind === 'paragraph' && b.list?.marker);
    expect(subParagraphs).toHaveLength(1);
    expect((html.match(/<li>/g) ?? []).length).toBe(paragraphs.length + subParagraphs.length);
    expect(html).toMatch(/<ul><li>X kept the image online/);
    expect(text).not.toContain('•');
    expect(text).toContain(doc.closing.placeAndDate);
    for (const line of doc.closing.signatureLines) expect(text).toContain(line);
  });

  it('puts every note in a real footnote, or prints citations inline', () => {
    const { doc, parts, html, text } = w();
    const notes = [...(parts.get('word/footnotes.xml') ?? '').matchAll(/<w:footnote w:id="(\d+)"/g)].map((m) => Number(m[1])).filter((id) => id > 0);
    expect(notes).toEqual(doc.footnotes.map((f) => f.number));
    expect((parts.get('word/document.xml')!.match(/<w:footnoteReference /g) ?? []).length).toBe(doc.footnotes.length);
    for (const note of doc.footnotes) {
      const li = html.match(new RegExp(`<li id="footnote-${note.number}">(.*?)</li>`))?.[1] ?? '';
      expect(squash(htmlText(li))).toContain(note.text);
    }
    if (doc.options.citationStyle === 'inline') {
      expect(doc.footnotes).toHaveLength(0);
      expect(text).toMatch(doc.language === 'es' ? /\(Documento E-0002, p\. 1; Documento E-0003, p\. 1\)/ : /\(Exhibit E-0002, p\. 1; Exhibit E-0003, p\. 1\)/);
    }
  });

  it('names the protected victim nowhere, in no part of the file, properties included', () => {
    const { parts, text } = w();
    expect(parts.has('docProps/core.xml')).toBe(true);
    for (const spelling of PROTECTED) {
      expect(text.toLowerCase()).not.toContain(spelling.toLowerCase());
      for (const [path, xml] of parts) expect(xml.toLowerCase(), path).not.toContain(spelling.toLowerCase());
    }
    expect(text).toContain('V-1');
  });

  it('keeps Greek, Cyrillic and Arabic names, the Arabic one as a right-to-left run', () => {
    const { text, parts } = w();
    for (const s of [NAMES.witness, NAMES.expert, 'محمد العلي']) expect(text).toContain(s);
    expect(parts.get('word/document.xml')).toMatch(/<w:rtl\/><\/w:rPr><w:t[^>]*>محمد العلي</);
  });

  it('takes its properties from the pseudonymised metadata only', () => {
    const { doc, parts } = w();
    const core = parts.get('docProps/core.xml')!;
    expect(core).toContain(`<dc:title>${doc.metadata.title}</dc:title>`);
    expect(doc.metadata.title).toContain('(re V-1)');
    expect(core).toContain(`<dc:creator>${doc.metadata.author}</dc:creator>`);
    expect(core).toContain(`<cp:keywords>${doc.metadata.keywords}</cp:keywords>`);
    expect(core).toContain(`<dc:subject>${doc.metadata.subject}</dc:subject>`);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-02T00:00:00Z</dcterms:created>');
  });

  it('holds links only where the court profile allows them', () => {
    const { doc, parts, html } = w();
    const all = [...parts.values()].join('\n');
    if (!doc.allowLinks) {
      expect(all).not.toContain('<w:hyperlink');
      expect(all).not.toMatch(/relationships\/hyperlink|HYPERLINK/);
      expect(html).not.toMatch(/<a href="(?!#footnote)/); // mammoth links its own footnote marks
      return;
    }
    expect(html).toContain('<a href="https://eur-lex.europa.eu/eli/reg/2022/2065/oj">');
    expect(parts.get('word/_rels/document.xml.rels')).toContain('Target="https://eur-lex.europa.eu/eli/reg/2022/2065/oj" TargetMode="External"');
    // Every internal link lands on a bookmark of that name.
    const document = parts.get('word/document.xml')!;
    const anchors = [...document.matchAll(/<w:hyperlink [^>]*w:anchor="([^"]+)"/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThan(0);
    for (const anchor of anchors) expect(document).toContain(`<w:bookmarkStart w:name="${anchor}"`);
  });
});

describe('Word structure', () => {
  it('numbers paragraphs through one decimal list bound to the "Numbered paragraph" style', () => {
    const { doc, parts } = written.get('English, footnotes')!;
    const document = parts.get('word/document.xml')!;
    const numbered = [...document.matchAll(/<w:p><w:pPr><w:pStyle w:val="NumberedParagraph"\/><w:numPr><w:ilvl w:val="0"\/><w:numId w:val="(\d+)"\/>/g)];
    expect(numbered).toHaveLength(numberedParagraphs(doc).length);
    const numIds = new Set(numbered.map((m) => m[1]));
    expect(numIds.size).toBe(1);
    const numbering = parts.get('word/numbering.xml')!;
    const abstractId = numbering.match(new RegExp(`<w:num w:numId="${[...numIds][0]}"><w:abstractNumId w:val="(\\d+)"`))?.[1];
    const level = numbering.match(new RegExp(`<w:abstractNum w:abstractNumId="${abstractId}".*?</w:abstractNum>`))?.[0] ?? '';
    expect(level).toMatch(/<w:numFmt w:val="decimal"\/><w:pStyle w:val="NumberedParagraph"\/>.*<w:lvlText w:val="%1\."\/>/);
    const styles = parts.get('word/styles.xml')!;
    for (const name of ['Numbered paragraph', 'Quote', 'Title', 'Heading 1', 'Heading 2', 'footnote text']) expect(styles).toContain(`<w:name w:val="${name}"/>`);
    expect(styles).toMatch(/<w:name w:val="Numbered paragraph"\/>.*?<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>.*?<w:spacing [^>]*w:line="360"/);
    expect(styles).toContain('<w:lang w:val="en-GB" w:bidi="ar-SA"/>');
    expect(written.get('Spanish, footnotes')!.parts.get('word/styles.xml')).toContain('<w:lang w:val="es-ES"');
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"[^>]*\/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418"/);
    expect(document).toContain('<w:pStyle w:val="Quote"/>');
  });

  it('prints "Page N" / "Página N" as a PAGE field in the footer', () => {
    for (const [name, label] of [['English, footnotes', 'Page '], ['Spanish, footnotes', 'Página ']] as const) {
      const footer = [...written.get(name)!.parts].find(([path]) => /^word\/footer\d+\.xml$/.test(path))?.[1] ?? '';
      expect(footer).toMatch(new RegExp(`<w:t xml:space="preserve">${label}</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">PAGE</w:instrText>`));
    }
  });

  it('writes no link when the profile forbids them, even from a model that still holds sources', async () => {
    const { doc } = written.get('Spanish, inline, links')!;
    expect(JSON.stringify(doc)).toContain('"href":"https://');
    const all = [...(await docxParts(await filingToDocx({ ...doc, allowLinks: false }))).values()].join('\n');
    expect(all).not.toContain('<w:hyperlink');
    expect(all).not.toMatch(/relationships\/hyperlink/);
    expect(all).toContain('Documento E-0002');
  });

  it('gives the same bytes for the same filing when deterministic', async () => {
    const doc = written.get('Spanish, inline, links')!.doc;
    const [a, b] = [await filingToDocx(doc, { deterministic: true }), await filingToDocx(doc, { deterministic: true })];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(written.get('Spanish, inline, links')!.bytes))).toBe(true);
  });
});

describe('opened in LibreOffice', () => {
  const title = 'renders Word\'s paragraph numbers, the footnotes and page numbers';
  it.skipIf(!hasSoffice)(hasSoffice ? title : `${title} — skipped: soffice (LibreOffice) is not on PATH; .ci/run installs it`, () => {
    const { doc, bytes } = written.get('English, footnotes')!;
    const { pages } = libreOfficeRead(bytes, PNG);
    const text = pages.join('\n');
    const flat = squash(text);
    for (const p of numberedParagraphs(doc)) {
      const start = squash(p.text).split(' ').slice(0, 4).join(' ');
      expect(flat, `para ${p.number}`).toContain(`${p.number}. ${start}`);
    }
    for (const note of doc.footnotes) expect(flat.replace(/- /g, '-')).toContain(squash(note.text).slice(0, 40).replace(/- /g, '-'));
    pages.forEach((page, i) => expect(page).toMatch(new RegExp(`Page ${i + 1}\\s*$`)));
    for (const spelling of PROTECTED) expect(text.toLowerCase()).not.toContain(spelling.toLowerCase());
    expect(text).toContain(doc.labels.tableOfAuthorities.toUpperCase());
  }, 90_000);
});
