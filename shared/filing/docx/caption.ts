import { HeadingLevel, Paragraph, Tab, TextRun } from 'docx';
import type { FilingDocument } from '../document';
import { textRuns } from './inlines';
import { STYLE } from './layout';

/**
 * The court caption: court, reference, the parties (name on the left, role
 * on the right, as captions set them) and the document's title. Protected
 * parties are already pseudonyms in the model.
 */
export function captionParagraphs(doc: Pick<FilingDocument, 'court' | 'reference' | 'parties' | 'title' | 'labels'>): Paragraph[] {
  const out: Paragraph[] = [];
  if (doc.court.trim()) out.push(new Paragraph({ style: STYLE.court, children: textRuns(doc.court) }));
  if (doc.reference.trim()) out.push(new Paragraph({ style: STYLE.reference, children: textRuns(`${doc.labels.reference}: ${doc.reference}`) }));
  for (const party of doc.parties) {
    out.push(new Paragraph({
      style: STYLE.party,
      children: [...textRuns(party.name, { bold: true }), new TextRun({ children: [new Tab()] }), ...textRuns(party.role, { italics: true })],
    }));
  }
  out.push(new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(doc.title) }));
  return out;
}
