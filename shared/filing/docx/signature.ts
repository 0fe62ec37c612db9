import { Paragraph } from 'docx';
import type { FilingClosing } from '../document';
import { textRuns } from './inlines';
import { STYLE } from './layout';

/** Place and date, then the signature block (name first, in bold) kept together on one page with room above it to sign. */
export function closingParagraphs(closing: FilingClosing): Paragraph[] {
  const out: Paragraph[] = [];
  if (closing.placeAndDate.trim()) out.push(new Paragraph({ style: STYLE.placeAndDate, children: textRuns(closing.placeAndDate) }));
  closing.signatureLines.forEach((line, i) => {
    out.push(new Paragraph({
      style: STYLE.signature,
      // The first line sits lower: the space above it is where the lawyer signs.
      ...(i === 0 ? { spacing: { before: 1080 } } : {}),
      children: textRuns(line, i === 0 ? { bold: true } : {}),
    }));
  });
  return out;
}
