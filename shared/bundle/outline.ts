import { PDFArray, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, PDFRef } from 'pdf-lib';

export interface OutlineNode {
  title: string;
  pageIndex: number;
  children: OutlineNode[];
}

/** An explicit destination: the page, keeping the reader's zoom (/XYZ with nulls). */
export function destination(doc: PDFDocument, pageRef: PDFRef, top: number | null = null): PDFArray {
  return doc.context.obj([pageRef, PDFName.of('XYZ'), PDFNull, top === null ? PDFNull : PDFNumber.of(top), PDFNull]);
}

/**
 * Writes /Outlines from low-level objects (pdf-lib has no bookmark API). Done
 * after every page is in place, because destinations must hold the final
 * page references. Sections are shown open so documents are one click away.
 */
export function writeOutline(doc: PDFDocument, pageRefs: readonly PDFRef[], nodes: readonly OutlineNode[]): void {
  if (nodes.length === 0) return;
  const { context } = doc;
  const rootRef = context.nextRef();
  const visible = writeLevel(doc, pageRefs, nodes, rootRef);
  context.assign(rootRef, context.obj({ Type: 'Outlines', First: visible.first, Last: visible.last, Count: visible.count }));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

function writeLevel(
  doc: PDFDocument,
  pageRefs: readonly PDFRef[],
  nodes: readonly OutlineNode[],
  parent: PDFRef,
): { first: PDFRef; last: PDFRef; count: number } {
  const { context } = doc;
  const refs = nodes.map(() => context.nextRef());
  let count = nodes.length;
  nodes.forEach((node, i) => {
    const ref = refs[i]!;
    const pageRef = pageRefs[node.pageIndex];
    if (!pageRef) throw new RangeError(`outline target page ${node.pageIndex} does not exist`);
    const dict = context.obj({});
    dict.set(PDFName.of('Title'), PDFHexString.fromText(node.title));
    dict.set(PDFName.of('Parent'), parent);
    dict.set(PDFName.of('Dest'), destination(doc, pageRef));
    const prev = refs[i - 1];
    const next = refs[i + 1];
    if (prev) dict.set(PDFName.of('Prev'), prev);
    if (next) dict.set(PDFName.of('Next'), next);
    if (node.children.length > 0) {
      const sub = writeLevel(doc, pageRefs, node.children, ref);
      dict.set(PDFName.of('First'), sub.first);
      dict.set(PDFName.of('Last'), sub.last);
      dict.set(PDFName.of('Count'), PDFNumber.of(sub.count));
      count += sub.count;
    }
    context.assign(ref, dict);
  });
  return { first: refs[0]!, last: refs[refs.length - 1]!, count };
}
