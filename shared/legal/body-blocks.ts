import type { RichTextNode } from '../domain/types';
import type { CitationRef } from './citation';
import { citationOf } from './rich-text';

/** Text or a citation, in reading order. */
export type BodyPart = string | CitationRef;

export interface BodyBlock {
  /** A list marker ("1. ", "• ") or its width in spaces for a list item's later blocks; '' otherwise. */
  prefix: string;
  parts: BodyPart[];
  /** 'quote' for block quotes, to be indented by the printer. */
  style: 'normal' | 'quote';
  /** For a block inside a list: which list, its depth (0 = top), the item's position, and whether this is a later block of the item. */
  list: BodyList | null;
}

export interface BodyList {
  kind: 'bullet' | 'ordered';
  /** Distinct for each list, so a printer restarts its lettering. */
  id: number;
  level: number;
  /** The item's number as the author set it (ordered lists), counting from the list's start. */
  index: number;
  continuation: boolean;
}

/**
 * An argument body as a flat list of printable blocks: paragraphs and
 * headings, list items with their marker, block quotes marked. Citations stay
 * links (never text), so each printer writes them in its own style.
 */
export function bodyBlocks(body: RichTextNode | undefined): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  const inline = (node: RichTextNode, into: BodyPart[]): void => {
    if (node.type === 'text') into.push(node.text ?? '');
    else if (node.type === 'hardBreak') into.push(' ');
    else {
      const ref = citationOf(node);
      if (ref) into.push(ref);
      else node.content?.forEach((child) => inline(child, into));
    }
  };
  let lists = 0;
  const block = (node: RichTextNode, prefix: string, style: BodyBlock['style'], list: BodyList | null): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading': {
        const parts: BodyPart[] = [];
        inline(node, parts);
        const trimmed = trimParts(parts);
        if (trimmed.length > 0 || prefix) blocks.push({ prefix, parts: trimmed, style, list });
        return;
      }
      case 'blockquote':
        node.content?.forEach((child) => block(child, prefix, 'quote', list));
        return;
      case 'orderedList':
      case 'bulletList': {
        const kind = node.type === 'orderedList' ? 'ordered' : 'bullet';
        const start = kind === 'ordered' && typeof node.attrs?.start === 'number' ? node.attrs.start : 1;
        const id = ++lists;
        const level = list ? list.level + 1 : 0;
        node.content?.forEach((item, i) => {
          const marker = kind === 'ordered' ? `${prefix}${start + i}. ` : `${prefix}• `;
          listItem(item, marker, style, { kind, id, level, index: start + i, continuation: false });
        });
        return;
      }
      default:
        node.content?.forEach((child) => block(child, prefix, style, list));
    }
  };
  // The marker goes on the item's first paragraph; nested blocks follow it, indented by the marker's width in spaces.
  const listItem = (item: RichTextNode, marker: string, style: BodyBlock['style'], list: BodyList) => {
    (item.content ?? []).forEach((child, i) => block(child, i === 0 ? marker : ' '.repeat(marker.length), style, i === 0 ? list : { ...list, continuation: true }));
  };
  block(body ?? { type: 'doc' }, '', 'normal', null);
  return blocks;
}

/** Drops leading and trailing whitespace of a block's text, keeping citations where they are. */
function trimParts(parts: readonly BodyPart[]): BodyPart[] {
  const out = parts.filter((p) => p !== '');
  while (typeof out[0] === 'string' && !(out[0] as string).trim()) out.shift();
  while (typeof out[out.length - 1] === 'string' && !(out[out.length - 1] as string).trim()) out.pop();
  if (typeof out[0] === 'string') out[0] = (out[0] as string).trimStart();
  const last = out.length - 1;
  if (typeof out[last] === 'string') out[last] = (out[last] as string).trimEnd();
  return out;
}
