import { PDFArray, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { destination } from './outline';
import type { BuildState } from './state';

/**
 * Turns recorded link requests (index rows, citations) into /Link annotations
 * with explicit destinations. Run after all pages exist: a destination must
 * hold the final page object. Returns the targets that did not resolve.
 */
export function writeLinks(doc: PDFDocument, state: BuildState, pageRefs: readonly PDFRef[]): string[] {
  const missing: string[] = [];
  const { context } = doc;
  for (const link of state.links) {
    const anchor = state.anchors.get(link.target);
    const targetRef = anchor ? pageRefs[anchor.pageIndex] : undefined;
    const planned = state.pages[link.pageIndex];
    if (!anchor || !targetRef || !planned) {
      missing.push(link.target);
      continue;
    }
    const annot = context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: link.rect.map((n) => Math.round(n * 100) / 100),
      Border: [0, 0, 0],
      // Invert the area when clicked, the usual feedback for an invisible link.
      H: 'I',
    });
    annot.set(PDFName.of('Dest'), destination(doc, targetRef, anchor.top));
    annot.set(PDFName.of('P'), pageRefs[link.pageIndex]!);
    const node = planned.page.node;
    let annots = node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) {
      annots = context.obj([]);
      node.set(PDFName.of('Annots'), annots);
    }
    annots.push(context.register(annot));
  }
  return missing;
}
