import { formatFuzzyDate } from '../chronology/format-fuzzy-date';
import { sortByFuzzyDate } from '../chronology/fuzzy-date';
import type { Fact, LegalArgument } from '../domain/types';
import type { BodyPart } from '../legal/body-blocks';
import { citationsIn } from '../legal/rich-text';

/**
 * The facts a filing relies on: those its arguments cite in their text or
 * rest an element on, live ones only, in date order (fact number breaks ties).
 */
export function factsRelied(args: readonly LegalArgument[], facts: readonly Fact[]): Fact[] {
  const wanted = new Set<string>();
  for (const a of args) {
    citationsIn(a.body).forEach((c) => c.kind === 'fact' && wanted.add(c.id));
    a.elements.forEach((e) => e.factIds.forEach((id) => wanted.add(id)));
  }
  const chosen = facts.filter((f) => wanted.has(f.id) && f.archivedAt === null);
  return sortByFuzzyDate(chosen, (f) => f.date, (f) => f.number);
}

/** "On 3 March 2026, …" / "El 3 de marzo de 2026, …" followed by the fact's evidence as citations. */
export function factParts(fact: Fact, language: 'en' | 'es'): BodyPart[] {
  const locale = language === 'es' ? 'es-ES' : 'en-GB';
  const date = fact.date.precision === 'undated' ? '' : formatFuzzyDate(fact.date, locale);
  const text = fact.text.trim().replace(/[.;:]$/, '');
  const lead = date ? `${date}: ` : '';
  const parts: BodyPart[] = [`${lead}${text}`];
  for (const pin of fact.evidence) parts.push(' ', { kind: 'exhibit', id: pin.evidenceId, ...(pin.pinpoint.trim() ? { pinpoint: pin.pinpoint } : {}) });
  parts.push('.');
  return parts;
}
