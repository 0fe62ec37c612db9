import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNull, PDFRef, type PDFObject, type PDFPage } from 'pdf-lib';

/** Annotation kinds that carry files, media or forms (and with them scripts); never part of a bundle. */
const DROPPED_SUBTYPES = new Set(['FileAttachment', 'Sound', 'Movie', 'Screen', 'RichMedia', '3D', 'Widget']);
/** Actions that run code, open other files or talk to a server. */
const DROPPED_ACTIONS = new Set(['JavaScript', 'Launch', 'ImportData', 'SubmitForm', 'ResetForm', 'Rendition', 'GoToE', 'RichMediaExecute']);

/** An internal link of a source document, re-aimed at the copied page once the copy exists. */
export interface PendingLink {
  pageIndex: number;
  annotIndex: number;
  targetIndex: number;
  view: PDFObject[];
}

/**
 * Cleans a source document *before* its pages are copied: copyPages follows
 * every reference, so a link to page 7 would drag a detached copy of page 7
 * (and a form field would drag its whole field tree) into the bundle. Internal
 * links are detached here and re-attached to the copied pages afterwards;
 * scripts, embedded files, media and form widgets are dropped.
 */
export function sanitiseSource(src: PDFDocument, pages: readonly PDFPage[]): PendingLink[] {
  const pageIndexByRef = new Map<PDFRef, number>(pages.map((p, i) => [p.ref, i]));
  const pending: PendingLink[] = [];
  pages.forEach((page, pageIndex) => {
    const node = page.node;
    node.delete(PDFName.of('AA'));
    // Article beads point at other pages and threads; they do not survive a merge.
    node.delete(PDFName.of('B'));
    const annots = node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) return;
    const kept: PDFObject[] = [];
    for (let i = 0; i < annots.size(); i++) {
      const raw = annots.get(i);
      const annot = src.context.lookupMaybe(raw, PDFDict);
      if (!annot) continue;
      const subtype = annot.lookupMaybe(PDFName.of('Subtype'), PDFName)?.decodeText() ?? '';
      if (DROPPED_SUBTYPES.has(subtype)) continue;
      annot.delete(PDFName.of('AA'));
      annot.delete(PDFName.of('P'));
      const target = detachInternalDest(src, annot, pageIndexByRef);
      if (target) pending.push({ pageIndex, annotIndex: kept.length, ...target });
      kept.push(raw);
    }
    node.set(PDFName.of('Annots'), src.context.obj(kept));
  });
  return pending;
}

function detachInternalDest(
  src: PDFDocument,
  annot: PDFDict,
  pageIndexByRef: ReadonlyMap<PDFRef, number>,
): { targetIndex: number; view: PDFObject[] } | null {
  const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
  const kind = action?.lookupMaybe(PDFName.of('S'), PDFName)?.decodeText();
  if (action && kind && DROPPED_ACTIONS.has(kind)) annot.delete(PDFName.of('A'));
  const fromAction = kind === 'GoTo' ? action?.get(PDFName.of('D')) : undefined;
  const dest = annot.get(PDFName.of('Dest')) ?? fromAction;
  if (dest === undefined) return null;
  // Named destinations live in the source catalog, which is not copied: drop them rather than leave dead links.
  const array = src.context.lookupMaybe(dest, PDFArray);
  annot.delete(PDFName.of('Dest'));
  if (kind === 'GoTo') annot.delete(PDFName.of('A'));
  const first = array?.get(0);
  const targetIndex = first instanceof PDFRef ? pageIndexByRef.get(first) : undefined;
  if (!array || targetIndex === undefined) return null;
  // A view parameter that is a reference would point into the source file; keep only direct values.
  return { targetIndex, view: array.asArray().slice(1).map((o) => (o instanceof PDFRef ? PDFNull : o)) };
}

/** Re-aims detached internal links at the copied pages. */
export function reattachLinks(copied: readonly PDFPage[], pending: readonly PendingLink[]): void {
  for (const link of pending) {
    const page = copied[link.pageIndex];
    const target = copied[link.targetIndex];
    const annots = page?.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    const annot = annots ? page?.doc.context.lookupMaybe(annots.get(link.annotIndex), PDFDict) : undefined;
    if (!page || !target || !annot) continue;
    annot.set(PDFName.of('Dest'), page.doc.context.obj([target.ref, ...link.view]));
  }
}
