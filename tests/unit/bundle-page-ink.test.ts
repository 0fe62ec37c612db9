import { PDFArray, PDFDocument, PDFName, PDFPage, PDFRawStream, decodePDFRawStream, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { PageInk } from '../../shared/bundle/page-ink';

describe('generated page content', () => {
  it('is stored as the page content stream when finished, and refuses drawing after that', async () => {
    const doc = await PDFDocument.create();
    const page = PDFPage.create(doc);
    doc.addPage(page);
    const ink = new PageInk(page);
    ink.line(64, 700, 537, 700, 0.4, rgb(0.78, 0.79, 0.82));
    ink.rect(64, 600, 100, 50, { fill: rgb(0.95, 0.95, 0.96) });
    ink.finish();
    expect(() => ink.line(0, 0, 1, 1, 1, rgb(0, 0, 0))).toThrow(/already stored/);

    const back = await PDFDocument.load(await doc.save());
    const contents = back.getPage(0).node.lookup(PDFName.of('Contents'), PDFArray);
    const stream = back.context.lookup(contents.get(0));
    if (!(stream instanceof PDFRawStream)) throw new Error('the page has no stored content stream');
    const text = new TextDecoder().decode(decodePDFRawStream(stream).decode());
    expect(text).toBe(
      'q\n0.78 0.79 0.82 RG\n0.4 w\n[] 0 d\n64 700 m\n64 700 m\n537 700 l\nS\nQ\n'
        + 'q\n0.95 0.95 0.96 rg\n0 w\n[] 0 d\n1 0 0 1 64 600 cm\n1 0 0 1 0 0 cm\n1 0 0 1 0 0 cm\n0 0 m\n0 50 l\n100 50 l\n100 0 l\nh\nf\nQ\n',
    );
  });
});
