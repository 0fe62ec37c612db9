import type { Party } from '../domain/types';

const PREFIX = 'V-';

/** "V-3" — the default form of a protected party's pseudonym. */
export function formatPseudonym(n: number): string {
  return `${PREFIX}${n}`;
}

function sameLabel(a: string, b: string): boolean {
  return a.normalize('NFC').trim().toLocaleLowerCase() === b.normalize('NFC').trim().toLocaleLowerCase();
}

/** True when another party of the case (archived ones too: pseudonyms are never reused) already uses it. */
export function isPseudonymTaken(pseudonym: string, parties: readonly Party[], exceptPartyId: string | null = null): boolean {
  return parties.some((p) => p.id !== exceptPartyId && p.pseudonym !== null && sameLabel(p.pseudonym, pseudonym));
}

/**
 * The next default pseudonym after the case counter. Skips any "V-n" a user
 * typed by hand for another party, so the default never collides with it.
 */
export function nextPseudonym(lastNumber: number, parties: readonly Party[]): { pseudonym: string; number: number } {
  let n = lastNumber + 1;
  while (isPseudonymTaken(formatPseudonym(n), parties)) n += 1;
  return { pseudonym: formatPseudonym(n), number: n };
}

/** The label a party has everywhere outside its own screen: a protected party is only ever its pseudonym. */
export function partyLabel(party: Pick<Party, 'isProtected' | 'pseudonym' | 'name' | 'shortName'>): string {
  // Never fall back to the name: a protected party without a pseudonym shows a dash until it gets one.
  if (party.isProtected) return party.pseudonym ?? '—';
  return party.shortName.trim() || party.name;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Stands in for a protected party that has no pseudonym yet. */
export const UNNAMED = '[protected party]';

// A word character in any script: letters, combining marks, digits, connector punctuation.
const WORD = '[\\p{L}\\p{M}\\p{N}\\p{Pc}]';

/**
 * Replaces every protected party's name (and short name) in the text with
 * its pseudonym: whole words only ("Ana" never touches "Banana"),
 * case-insensitive in any script, longest names first so "Ana María López"
 * is not half-replaced by "Ana". Archived protected parties are still
 * replaced: protection does not end when a party leaves the case.
 */
export function pseudonymise(text: string, parties: readonly Party[], aliases: Readonly<Record<string, readonly string[]>> = {}): string {
  const pairs: { name: string; pseudonym: string }[] = [];
  for (const party of parties) {
    if (!party.isProtected) continue;
    // A protected party without a pseudonym is still never named.
    const pseudonym = party.pseudonym?.trim() || UNNAMED;
    for (const name of [party.name, party.shortName, ...(aliases[party.id] ?? [])]) {
      const trimmed = name.normalize('NFC').trim();
      if (trimmed.length >= 2) pairs.push({ name: trimmed, pseudonym });
    }
  }
  if (pairs.length === 0) return text;
  pairs.sort((a, b) => b.name.length - a.name.length);
  // Names are matched with any run of whitespace between their words (a line break in a pasted text).
  const compiled = pairs.map((p) => ({ source: p.name.split(/\s+/u).map(escapeRegExp).join('\\s+'), pseudonym: p.pseudonym }));
  const exact = compiled.map((c) => ({ test: new RegExp(`^(?:${c.source})$`, 'iu'), pseudonym: c.pseudonym }));
  const pattern = new RegExp(`(?<!${WORD})(?:${compiled.map((c) => c.source).join('|')})(?!${WORD})`, 'giu');
  // The alternation matched one of the names, so one exact test succeeds; the longest is tried first.
  return text.normalize('NFC').replace(pattern, (match) => exact.find((e) => e.test.test(match))?.pseudonym ?? match);
}
