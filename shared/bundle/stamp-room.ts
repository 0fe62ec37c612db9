import {
  PDFArray, PDFContentStream, PDFContext, PDFDict, PDFName, PDFNumber, PDFPage, PDFRef, concatTransformationMatrix, pushGraphicsState,
} from 'pdf-lib';
import { displayToUser, pageGeometry, type PageGeometry } from './stamps';

type Matrix = [number, number, number, number, number, number];

/** Height kept free at the foot of the page as displayed: the stamp box (about 15 pt) 12 pt from the edge, and air. */
export const STAMP_STRIP = 31;

/** Row-vector product, as PDF composes matrices: a point goes through `a`, then `b`. */
function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
    a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
    a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5],
  ];
}

function invert(m: Matrix): Matrix {
  const det = m[0] * m[3] - m[1] * m[2];
  return [m[3] / det, -m[1] / det, -m[2] / det, m[0] / det, (m[2] * m[5] - m[3] * m[4]) / det, (m[1] * m[4] - m[0] * m[5]) / det];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/**
 * The user-space matrix that shrinks a page's content, as displayed, towards
 * its top centre so a strip at the displayed foot is left free for the stamp.
 * null for a page too small to give up the strip (the stamp's white box is then all there is).
 */
export function roomMatrix(rotation: number, box: { x: number; y: number; width: number; height: number }): Matrix | null {
  const view = displayToUser(rotation, box);
  if (view.height < 4 * STAMP_STRIP) return null;
  const s = (view.height - STAMP_STRIP) / view.height;
  const shrink: Matrix = [s, 0, 0, s, ((1 - s) * view.width) / 2, (1 - s) * view.height];
  return multiply(multiply(invert(view.matrix), shrink), view.matrix);
}

// Pages of one size and rotation share one small "q … cm" stream: 10,000 A4 pages add one object, not 10,000.
const startStreams = new WeakMap<PDFContext, Map<string, PDFRef>>();

function startStream(context: PDFContext, matrix: Matrix): PDFRef {
  let byMatrix = startStreams.get(context);
  if (!byMatrix) startStreams.set(context, (byMatrix = new Map()));
  const key = matrix.map((n) => n.toFixed(6)).join(' ');
  let ref = byMatrix.get(key);
  if (!ref) {
    ref = context.register(PDFContentStream.of(context.obj({}), [pushGraphicsState(), concatTransformationMatrix(...matrix)], false));
    byMatrix.set(key, ref);
  }
  return ref;
}

/**
 * Makes room for the stamp on a merged exhibit page by shrinking its content
 * (by about 4 % on A4) instead of covering what sits at the foot: the original
 * content streams are wrapped in `q <matrix> cm … Q`, and link rectangles are
 * moved with the content so they still sit over their text.
 */
export function makeRoomForStamp(page: PDFPage, geometry: PageGeometry = pageGeometry(page)): boolean {
  const matrix = roomMatrix(geometry.rotation, geometry.box);
  if (!matrix) return false;
  const node = page.node;
  node.normalize();
  const context = page.doc.context;
  if (!node.wrapContentStreams(startStream(context, matrix), context.getPopGraphicsStateContentStream())) return false;
  const annots = node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  for (let i = 0; annots && i < annots.size(); i++) {
    const annot = context.lookupMaybe(annots.get(i), PDFDict);
    const rect = annot?.lookupMaybe(PDFName.of('Rect'), PDFArray);
    if (!annot || !rect || rect.size() !== 4) continue;
    const n = [0, 1, 2, 3].map((k) => rect.lookupMaybe(k, PDFNumber)?.asNumber() ?? 0);
    const corners = [apply(matrix, n[0]!, n[1]!), apply(matrix, n[2]!, n[3]!)];
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    annot.set(PDFName.of('Rect'), context.obj([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]));
  }
  return true;
}
