import type { RichTextDoc, RichTextNode } from '../domain/types';
import type { CitationRef } from './citation';

/** The node type of an inline citation in an argument body. */
export const CITATION_NODE = 'citation';

export const emptyBody: RichTextDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

/** A citation node's stored link, or null when the node is something else or malformed. */
export function citationOf(node: RichTextNode): CitationRef | null {
  if (node.type !== CITATION_NODE || !node.attrs) return null;
  const { kind, id, pinpoint } = node.attrs;
  if ((kind !== 'exhibit' && kind !== 'fact' && kind !== 'authority') || typeof id !== 'string' || id === '') return null;
  return typeof pinpoint === 'string' && pinpoint.trim() ? { kind, id, pinpoint } : { kind, id };
}

/** Every citation in a body, in reading order. */
export function citationsIn(body: RichTextNode | undefined): CitationRef[] {
  if (!body) return [];
  const found: CitationRef[] = [];
  const walk = (node: RichTextNode) => {
    const ref = citationOf(node);
    if (ref) found.push(ref);
    node.content?.forEach(walk);
  };
  walk(body);
  return found;
}

/** True when a body holds no text and no citation (a new argument's empty paragraph). */
export function isBodyEmpty(body: RichTextNode | undefined): boolean {
  if (!body) return true;
  const hasContent = (node: RichTextNode): boolean =>
    Boolean(node.text?.trim()) || citationOf(node) !== null || (node.content ?? []).some(hasContent);
  return !hasContent(body);
}
