import { Paragraph, Tab, TextRun } from 'docx';
import type { FilingFootnote } from '../document';
import { linked, textRuns, type InlineContext } from './inlines';

export type DocxFootnotes = Record<string, { children: Paragraph[] }>;

/**
 * The model's notes as real Word footnotes, keyed by their number (the
 * number the text's marks use); Word numbers and places them itself. A note
 * with a source links to it where links are allowed.
 */
export function docxFootnotes(footnotes: readonly FilingFootnote[], c: InlineContext): DocxFootnotes | undefined {
  if (footnotes.length === 0) return undefined;
  const out: DocxFootnotes = {};
  for (const note of footnotes) {
    const runs = textRuns(note.text, c.allowLinks && note.href ? { style: 'Hyperlink' } : {});
    // Word puts the note's number first; a tab takes the text to the hanging indent, as Word's own notes do.
    const children = [new TextRun({ children: [new Tab()] }), ...linked(runs, note.href, c)];
    out[String(note.number)] = { children: [new Paragraph({ style: 'FootnoteText', children })] };
  }
  return out;
}
