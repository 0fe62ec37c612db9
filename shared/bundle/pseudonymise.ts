import type { Party } from '../domain/types';
import type { CaseSnapshot } from './snapshot';

/** The pseudonym a protected party gets when the case has not set one. */
export function defaultPseudonym(index: number): string {
  return `V-${index + 1}`;
}

/**
 * Returns a function that replaces every protected party's name (and the
 * aliases the case lists for them) with the pseudonym. Applied to every
 * string the filing profile draws, bookmarks and metadata included, so no
 * call site can forget it. Longest names first, so "Ana María López" is not
 * half-replaced by an alias "Ana".
 */
export function makePseudonymiser(snapshot: CaseSnapshot, isFiling: boolean): (text: string) => string {
  if (!isFiling) return (text) => text;
  const pairs: { name: string; pseudonym: string }[] = [];
  protectedParties(snapshot.parties).forEach(({ party, pseudonym }) => {
    const names = [party.name, ...(snapshot.protectedAliases?.[party.id] ?? [])];
    for (const name of names) {
      const trimmed = name.normalize('NFC').trim();
      if (trimmed.length >= 2) pairs.push({ name: trimmed, pseudonym });
    }
  });
  if (pairs.length === 0) return (text) => text;
  pairs.sort((a, b) => b.name.length - a.name.length);
  const byLower = new Map(pairs.map((p) => [p.name.toLocaleLowerCase(), p.pseudonym]));
  // Whole words only ("Ana" must not hit "Banana"); \p{L}\p{N} so Łukasz counts as a word.
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}_])(?:${pairs.map((p) => escapeRegExp(p.name)).join('|')})(?![\\p{L}\\p{N}_])`,
    'giu',
  );
  return (text) => text.normalize('NFC').replace(pattern, (m) => byLower.get(m.toLocaleLowerCase()) ?? pairs[0]!.pseudonym);
}

export function protectedParties(parties: readonly Party[]): { party: Party; pseudonym: string }[] {
  return parties
    .filter((p) => p.isProtected && p.archivedAt === null)
    .map((party, i) => ({ party, pseudonym: party.pseudonym?.trim() || defaultPseudonym(i) }));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
