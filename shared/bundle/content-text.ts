import { numberToString } from 'pdf-lib';

/**
 * A number as pdf-lib writes it in a content stream. pdf-lib's own
 * numberToString splits the string on every call to look for an exponent;
 * only a number JavaScript prints with one ("1e-7") needs that.
 */
export function pdfNumber(n: number): string {
  const s = String(n);
  return s.includes('e') ? numberToString(n) : s;
}

/** Operands and operator on one line, as pdf-lib's PDFOperator prints them. */
export function numbersOp(operator: string, ...operands: number[]): string {
  let line = '';
  for (const n of operands) line += `${pdfNumber(n)} `;
  return `${line}${operator}\n`;
}
