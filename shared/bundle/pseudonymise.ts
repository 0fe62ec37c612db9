import type { Party } from '../domain/types';
import { pseudonymise, UNNAMED } from '../parties/pseudonym';
import type { CaseSnapshot } from './snapshot';

/**
 * Returns the function the filing profile applies to every string it draws,
 * bookmarks and metadata included, so no call site can forget it. It is the
 * app's one rule (shared/parties/pseudonym.ts): whole words in any script,
 * short names and the case's aliases too, archived protected parties too.
 */
export function makePseudonymiser(snapshot: CaseSnapshot, isFiling: boolean): (text: string) => string {
  if (!isFiling) return (text) => text;
  return (text) => pseudonymise(text, snapshot.parties, snapshot.protectedAliases ?? {});
}

export function protectedParties(parties: readonly Party[]): { party: Party; pseudonym: string }[] {
  return parties
    .filter((p) => p.isProtected && p.archivedAt === null)
    .map((party) => ({ party, pseudonym: party.pseudonym?.trim() || UNNAMED }));
}

