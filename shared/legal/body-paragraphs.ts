import type { RichTextNode } from '../domain/types';
import { resolveCitation, type CitationContext, type CitationRef } from './citation';
import { citationOf } from './rich-text';

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
  const paragraphs: PlainParagraph[] = [];
  const broken: PlainBody['broken'] = [];
  const inline = (node: RichTextNode): string => {
    if (node.type === 'text') return node.text ?? '';
    if (node.type === 'hardBreak') return ' ';
    const ref = citationOf(node);
    if (ref) {
      const resolved = resolveCitation(ref, context);
      if (!resolved.isBroken) return resolved.text;
      broken.push({ ref, text: resolved.text });
      // Not a token the linkifier would link: a dead reference must not print as if it were live.
      return `[broken citation: ${resolved.text.replace(/^\[|\]$/g, '')}]`;
    }
    return (node.content ?? []).map(inline).join('');
  };
  const block = (node: RichTextNode, prefix: string, style: PlainParagraph['style']): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading': {
        const text = inline(node).trim();
        if (text || prefix) paragraphs.push({ text: `${prefix}${text}`, style });
        return;
      }
      case 'blockquote':
        node.content?.forEach((child) => block(child, prefix, 'quote'));
        return;
      case 'orderedList': {
        const start = typeof node.attrs?.start === 'number' ? node.attrs.start : 1;
        node.content?.forEach((item, i) => listItem(item, `${prefix}${start + i}. `, style));
        return;
      }
      case 'bulletList':
        node.content?.forEach((item) => listItem(item, `${prefix}• `, style));
        return;
      default:
        node.content?.forEach((child) => block(child, prefix, style));
    }
  };
  // The marker goes on the item's first paragraph; nested blocks follow it, indented by the marker's width in spaces.
  const listItem = (item: RichTextNode, marker: string, style: PlainParagraph['style']) => {
    (item.content ?? []).forEach((child, i) => block(child, i === 0 ? marker : ' '.repeat(marker.length), style));
  };
  block(body ?? { type: 'doc' }, '', 'normal');
  return { paragraphs, broken };
}
