import { Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { FilingDocument } from '../document';
import { authoritiesBlock } from './authorities';
import { captionParagraphs } from './caption';
import { deterministicDocx } from './deterministic';
import { docxFootnotes } from './footnotes';
import type { InlineContext } from './inlines';
import { PAGE, STYLE } from './layout';
import { filingNumbering } from './numbering';
import { bodyParagraphs, numbersAreConsecutive } from './paragraphs';
import { closingParagraphs } from './signature';
import { filingStyles } from './styles';

export interface FilingDocxOptions {
  /** Fixed dates and ids, so the same filing gives the same bytes (tests, export records). */
  deterministic?: boolean;
}

/**
 * The filing as a Word document a lawyer keeps editing: named styles, Word's
 * own paragraph numbering and footnotes, a caption, the table of authorities
 * as a table, "Page N" in the footer, properties from the (pseudonymised)
 * metadata only, and no link of any kind unless the court profile allows them.
 */
export async function filingToDocx(doc: FilingDocument, opts: FilingDocxOptions = {}): Promise<Uint8Array> {
  if (!numbersAreConsecutive(doc.blocks)) {
    // Word numbers the list 1, 2, 3 …; printing other numbers would need typed digits, which the lawyer could not renumber.
    throw new Error('The filing’s paragraph numbers are not 1, 2, 3 … in reading order; the DOCX would number them differently.');
  }
  const c: InlineContext = { allowLinks: doc.allowLinks, footnotes: new Set(doc.footnotes.map((f) => f.number)) };
  const footnotes = docxFootnotes(doc.footnotes, c);
  const document = new Document({
    title: doc.metadata.title,
    subject: doc.metadata.subject,
    keywords: doc.metadata.keywords,
    creator: doc.metadata.author,
    lastModifiedBy: doc.metadata.author,
    description: '',
    styles: filingStyles(doc.language),
    numbering: filingNumbering(doc.language),
    ...(footnotes ? { footnotes } : {}),
    features: { updateFields: false },
    sections: [{
      properties: {
        page: {
          size: { width: PAGE.width, height: PAGE.height },
          margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 709, footer: 709 },
        },
      },
      footers: {
        default: new Footer({
          children: [new Paragraph({ style: STYLE.footer, children: [new TextRun({ children: [`${doc.labels.page} `, PageNumber.CURRENT] })] })],
        }),
      },
      children: [
        ...captionParagraphs(doc),
        ...bodyParagraphs(doc.blocks, c),
        ...closingParagraphs(doc.closing),
        ...authoritiesBlock(doc.authorities, doc.labels, c),
      ],
    }],
  });
  const bytes = new Uint8Array(await Packer.toArrayBuffer(document));
  return opts.deterministic ? deterministicDocx(bytes, doc.options.date) : bytes;
}
