import { ExternalHyperlink, FootnoteReferenceRun, InternalHyperlink, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import type { FilingInline } from '../document';

/** What the inline writer needs to know about the document as a whole. */
export interface InlineContext {
  /** Links of any kind are written only when the court profile allows them. */
  allowLinks: boolean;
  /** Footnote numbers the document really has: a mark never points at a note that is not there. */
  footnotes: ReadonlySet<number>;
}

type RunFormat = Omit<IRunOptions, 'text' | 'children'>;

const RTL_CHAR = '\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFF';
/** A stretch of Hebrew/Arabic script, with the spaces and punctuation between its words. */
const RTL_SPAN = new RegExp(`[${RTL_CHAR}]+(?:[\\s\\p{P}]+[${RTL_CHAR}]+)*`, 'gu');

/**
 * Text as runs; a right-to-left stretch (an Arabic name) gets its own run
 * marked right-to-left, so Word and LibreOffice order its letters and keep
 * the surrounding sentence left-to-right.
 */
export function textRuns(text: string, format: RunFormat = {}): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const match of text.matchAll(RTL_SPAN)) {
    const start = match.index ?? 0;
    if (start > at) runs.push(new TextRun({ ...format, text: text.slice(at, start) }));
    runs.push(new TextRun({ ...format, text: match[0], rightToLeft: true }));
    at = start + match[0].length;
  }
  if (at < text.length || runs.length === 0) runs.push(new TextRun({ ...format, text: text.slice(at) }));
  return runs;
}

/** A Word bookmark name for a model anchor: Word allows letters, digits and underscores only ("para-4" → "para_4"). */
export function bookmarkName(anchor: string): string {
  return anchor.replace(/[^A-Za-z0-9_]/g, '_');
}

/** Children wrapped in a link to `href` when links are allowed: a web address, or "#para-N" inside the document. */
export function linked(children: TextRun[], href: string | null, c: Pick<InlineContext, 'allowLinks'>): ParagraphChild[] {
  if (!c.allowLinks || !href) return children;
  if (href.startsWith('#')) return [new InternalHyperlink({ anchor: bookmarkName(href.slice(1)), children })];
  if (/^https?:\/\//i.test(href)) return [new ExternalHyperlink({ link: href, children })];
  return children; // anything else (javascript:, file:) is never made a link
}

/** A link's runs carry Word's Hyperlink character style, so the lawyer can restyle or strip them at once. */
const linkFormat = (href: string | null, c: InlineContext): RunFormat => (c.allowLinks && href ? { style: 'Hyperlink' } : {});

/** One paragraph's inlines: text, citations (linked where allowed) and footnote marks as real Word footnote references. */
export function inlineRuns(inlines: readonly FilingInline[], c: InlineContext): ParagraphChild[] {
  return inlines.flatMap((inline): ParagraphChild[] => {
    if (inline.kind === 'text') return textRuns(inline.text);
    const out: ParagraphChild[] = inline.text ? linked(textRuns(inline.text, linkFormat(inline.href, c)), inline.href, c) : [];
    if (inline.footnote !== null && c.footnotes.has(inline.footnote)) out.push(new FootnoteReferenceRun(inline.footnote));
    return out;
  });
}
