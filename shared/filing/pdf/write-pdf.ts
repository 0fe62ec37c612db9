import { PDFArray, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, PDFString, type PDFRef } from 'pdf-lib';
import { canonicalJson } from '../../audit/canonical-json';
import { sha256Hex } from '../../audit/sha256';
import { embedFonts } from '../../bundle/fonts';
import { destination, writeOutline, type OutlineNode } from '../../bundle/outline';
import type { FontBytes } from '../../bundle/snapshot';
import { stampPage } from '../../bundle/stamps';
import { TextSanitizer } from '../../bundle/text';
import { BUILDER_NAME } from '../../bundle/version';
import type { FilingDocument, FilingWarning } from '../document';
import { writeAuthorities } from './authorities';
import { layoutNote, writeBlock } from './blocks';
import { writeCaption } from './caption';
import { writeClosing } from './closing';
import type { Line } from './inline-layout';
import { FilingFlow, type LinkRequest, type OutlineEntry } from './page-flow';

export interface FilingPdf {
  bytes: Uint8Array;
  pageCount: number;
  /** What the PDF could not print as given (right-to-left text, missing glyphs). */
  warnings: FilingWarning[];
}

/**
 * The filing as a PDF, with the bundle's embedded Unicode font and page
 * stamp: caption, numbered paragraphs with their notes at the foot of the
 * page that marks them, closing and signature, the table of authorities as
 * an annex, bookmarks for the headings. No attachments and no JavaScript
 * ever; no link annotations at all unless the document allows links.
 */
export async function filingToPdf(doc: FilingDocument, fonts: FontBytes, opts: { deterministic?: boolean } = {}): Promise<FilingPdf> {
  const identity = sha256Hex(canonicalJson(doc));
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const set = await embedFonts(pdf, fonts, identity);
  const warnings: FilingWarning[] = [];
  const text = new TextSanitizer(set, (s) => s, (w) => warnings.push({ code: w.code === 'rtl-text' ? 'rtl-text' : 'unsupported-glyph', message: w.message, values: w.values ?? {} }));
  const notes = new Map<number, Line[]>(doc.footnotes.map((n) => [n.number, layoutNote(n, set, (s) => text.clean(s))]));
  const flow = new FilingFlow(pdf, set, notes);

  flow.newPage();
  writeCaption(flow, doc, text);
  for (const block of doc.blocks) writeBlock(flow, block, text);
  writeClosing(flow, doc, text);
  writeAuthorities(flow, doc, text);
  flow.finish();

  flow.pages.forEach((page, i) => stampPage(page, `${doc.labels.page} ${i + 1} / ${flow.pages.length}`, set.regular));
  for (let i = flow.pages.length - 1; i >= 0; i--) pdf.insertPage(0, flow.pages[i]!);
  const refs = flow.pages.map((p) => p.ref);
  if (doc.allowLinks) writeLinks(pdf, flow.links, flow.anchors, refs);
  writeOutline(pdf, refs, outlineTree(flow.outline, (s) => text.clean(s)));
  writeInfo(pdf, doc, identity, opts.deterministic ?? false, refs[0]!);
  const bytes = await pdf.save({ objectsPerTick: Infinity, addDefaultPage: false, updateFieldAppearances: false });
  return { bytes, pageCount: flow.pages.length, warnings };
}

function outlineTree(entries: readonly OutlineEntry[], clean: (s: string) => string): OutlineNode[] {
  const roots: OutlineNode[] = [];
  for (const e of entries) {
    const node: OutlineNode = { title: `${clean(e.title)} — p. ${e.pageIndex + 1}`, pageIndex: e.pageIndex, children: [] };
    const parent = roots[roots.length - 1];
    if (e.level === 2 && parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** External sources open as URI actions; "#para-N" jumps to that paragraph. Only called when links are allowed. */
function writeLinks(pdf: PDFDocument, links: readonly LinkRequest[], anchors: FilingFlow['anchors'], refs: readonly PDFRef[]): void {
  const { context } = pdf;
  for (const link of links) {
    const annot = context.obj({ Type: 'Annot', Subtype: 'Link', Rect: link.rect.map((n) => Math.round(n * 100) / 100), Border: [0, 0, 0], H: 'I' });
    if (link.href.startsWith('#')) {
      const anchor = anchors.get(link.href.slice(1));
      if (!anchor) continue;
      annot.set(PDFName.of('Dest'), destination(pdf, refs[anchor.pageIndex]!, anchor.top));
    } else if (/^https?:\/\//i.test(link.href)) {
      annot.set(PDFName.of('A'), context.obj({ S: 'URI', URI: PDFString.of(link.href) }));
    } else continue;
    const node = pdf.getPage(link.pageIndex).node;
    let annots = node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) {
      annots = context.obj([]);
      node.set(PDFName.of('Annots'), annots);
    }
    annots.push(context.register(annot));
  }
}

function writeInfo(pdf: PDFDocument, doc: FilingDocument, identity: string, deterministic: boolean, firstPage: PDFRef): void {
  const when = deterministic ? new Date(`${doc.options.date}T00:00:00Z`) : new Date();
  pdf.setTitle(doc.metadata.title, { showInWindowTitleBar: true });
  pdf.setSubject(doc.metadata.subject);
  pdf.setKeywords([doc.metadata.keywords]);
  pdf.setAuthor(doc.metadata.author);
  pdf.setCreator('Expediente');
  pdf.setProducer(BUILDER_NAME);
  pdf.setCreationDate(when);
  pdf.setModificationDate(when);
  pdf.setLanguage(doc.language === 'es' ? 'es-ES' : 'en-GB');
  const id = PDFHexString.of(sha256Hex(deterministic ? identity : `${identity}:${when.toISOString()}`).slice(0, 32));
  pdf.context.trailerInfo.ID = pdf.context.obj([id, id]);
  pdf.catalog.set(PDFName.of('OpenAction'), pdf.context.obj([firstPage, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNumber.of(1)]));
}
