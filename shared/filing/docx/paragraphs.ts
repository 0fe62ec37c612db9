import { Bookmark, HeadingLevel, Paragraph, type ParagraphChild } from 'docx';
import type { FilingBlock } from '../document';
import { bookmarkName, inlineRuns, textRuns, type InlineContext } from './inlines';
import { LIST_INDENT, LIST_NUMBERING, NUMBER_INDENT, PARAGRAPH_NUMBERING, STYLE } from './layout';

/**
 * The body: headings as Heading 1/2, numbered paragraphs in the "Numbered
 * paragraph" style and its Word list (the number is Word's, not typed),
 * quotes in the Quote style. A paragraph other text links to ("#para-4")
 * carries a bookmark of that name.
 */
export function bodyParagraphs(blocks: readonly FilingBlock[], c: InlineContext): Paragraph[] {
  return blocks.map((block) => {
    if (block.kind === 'heading') {
      return new Paragraph({ heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: textRuns(block.text) });
    }
    const runs = inlineRuns(block.inlines, c);
    const children: ParagraphChild[] = c.allowLinks && block.anchor ? [new Bookmark({ id: bookmarkName(block.anchor), children: runs })] : runs;
    if (block.list) {
      const { kind, id, level, marker } = block.list;
      // A later block of an item has no marker: it lines up with the item's text.
      if (!marker) return new Paragraph({ style: STYLE.body, indent: { left: NUMBER_INDENT + (level + 1) * LIST_INDENT }, children });
      return new Paragraph({ style: STYLE.body, numbering: { reference: LIST_NUMBERING[kind], level, instance: id }, children });
    }
    if (block.number !== null) {
      return new Paragraph({ style: STYLE.numbered, numbering: { reference: PARAGRAPH_NUMBERING, level: 0, custom: true }, children });
    }
    return new Paragraph({ style: block.style === 'quote' ? STYLE.quote : STYLE.body, children });
  });
}

/** The model numbers paragraphs 1, 2, 3 … in reading order; Word's list does the same, so the two agree only if that holds. */
export function numbersAreConsecutive(blocks: readonly FilingBlock[]): boolean {
  const numbers = blocks.flatMap((b) => (b.kind === 'paragraph' && b.number !== null ? [b.number] : []));
  return numbers.every((n, i) => n === i + 1);
}
