import type { RichTextNode } from '../domain/types';
import { bodyBlocks } from './body-blocks';
import { resolveCitation, type CitationContext, type CitationRef } from './citation';

export interface PlainParagraph {
  text: string;
  /** 'quote' for block quotes, to be indented by the printer. */
  style: 'normal' | 'quote';
}

export interface PlainBody {
  paragraphs: PlainParagraph[];
  /** Citations whose target is archived or gone, printed as such and reported. */
  broken: { ref: CitationRef; text: string }[];
}

/**
 * An argument body as plain paragraphs for print: lists numbered "1." or
 * bulleted "•", block quotes marked, citations written as the tokens the
 * bundle's linkifier turns into links ("[E-0003]", "[Fact 12]").
 */
export function bodyToParagraphs(body: RichTextNode | undefined, context: CitationContext): PlainBody {
  const broken: PlainBody['broken'] = [];
  const paragraphs = bodyBlocks(body).map(({ prefix, parts, style }) => {
    const text = parts.map((part) => {
      if (typeof part === 'string') return part;
      const resolved = resolveCitation(part, context);
      if (!resolved.isBroken) return resolved.text;
      broken.push({ ref: part, text: resolved.text });
      // Not a token the linkifier would link: a dead reference must not print as if it were live.
      return `[broken citation: ${resolved.text.replace(/^\[|\]$/g, '')}]`;
    }).join('');
    return { text: `${prefix}${text}`, style };
  });
  return { paragraphs, broken };
}
