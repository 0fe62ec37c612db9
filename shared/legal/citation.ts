import type { Authority, EvidenceItem, Fact } from '../domain/types';
import { catalogueEntry } from './catalogue';

/** What an inline citation node stores: a link, never the text shown. */
export interface CitationRef {
  kind: 'exhibit' | 'fact' | 'authority';
  id: string;
  pinpoint?: string;
}

/** The case data citations resolve against, archived rows included (so they can be reported as broken). */
export interface CitationContext {
  exhibits: ReadonlyMap<string, Pick<EvidenceItem, 'exhibitNo' | 'title' | 'archivedAt'>>;
  facts: ReadonlyMap<string, Pick<Fact, 'number' | 'text' | 'archivedAt'>>;
  authorities: ReadonlyMap<string, Pick<Authority, 'citation' | 'kind' | 'archivedAt'> & { title?: string }>;
}

export type ResolvedCitation =
  | { isBroken: false; text: string; detail: string; isDraft: boolean }
  | { isBroken: true; text: string; reason: 'missing' | 'archived' };

const withPin = (text: string, pinpoint: string | undefined, join: string) => (pinpoint?.trim() ? `${text}${join}${pinpoint.trim()}` : text);

/**
 * The text a citation shows now: "[E-0003]", "[Fact 12]", "art. 189.1 CP".
 * Read from current data every time, so renumbering an exhibit moves every
 * citation with it; a citation whose target is archived or gone is broken, not hidden.
 */
export function resolveCitation(ref: CitationRef, context: CitationContext): ResolvedCitation {
  if (ref.kind === 'exhibit') {
    const item = context.exhibits.get(ref.id);
    if (!item) return { isBroken: true, text: '[exhibit missing]', reason: 'missing' };
    const token = withPin(`[${item.exhibitNo}]`, ref.pinpoint ? `(${ref.pinpoint.trim()})` : undefined, ' ');
    if (item.archivedAt) return { isBroken: true, text: token, reason: 'archived' };
    return { isBroken: false, text: token, detail: item.title, isDraft: false };
  }
  if (ref.kind === 'fact') {
    const fact = context.facts.get(ref.id);
    if (!fact) return { isBroken: true, text: '[fact missing]', reason: 'missing' };
    const token = `[Fact ${fact.number}]`;
    if (fact.archivedAt) return { isBroken: true, text: token, reason: 'archived' };
    return { isBroken: false, text: token, detail: fact.text, isDraft: false };
  }
  const shipped = catalogueEntry(ref.id);
  if (shipped) {
    const text = withPin(shipped.row.shortCitation, ref.pinpoint, ', ');
    const detail = shipped.isDraft ? shipped.row.title : shipped.row.officialTitle ?? shipped.row.location ?? shipped.row.instrument;
    return { isBroken: false, text, detail, isDraft: shipped.isDraft };
  }
  const own = context.authorities.get(ref.id);
  if (!own) return { isBroken: true, text: '[authority missing]', reason: 'missing' };
  const text = withPin(own.citation, ref.pinpoint, ', ');
  if (own.archivedAt) return { isBroken: true, text, reason: 'archived' };
  return { isBroken: false, text, detail: own.title ?? '', isDraft: false };
}
