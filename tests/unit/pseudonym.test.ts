import { describe, expect, it } from 'vitest';
import type { Party } from '@shared/domain/types';
import { isPseudonymTaken, nextPseudonym, partyLabel, pseudonymise } from '@shared/parties/pseudonym';

let n = 0;
const party = (name: string, over: Partial<Party> = {}): Party => ({
  id: `p-${++n}`, caseId: 'c', name, role: 'victim', kind: 'person', shortName: '', legalEntityName: '', registeredSeat: '',
  contact: '', notes: '', isProtected: true, pseudonym: null, archivedAt: null, ...over,
});

describe('next pseudonym', () => {
  it('counts on from the case counter, so an edited or archived V-n is never given again', () => {
    expect(nextPseudonym(0, [])).toEqual({ pseudonym: 'V-1', number: 1 });
    // V-1 was renamed "Víctima A": the counter still says 1 was used.
    expect(nextPseudonym(1, [party('A', { pseudonym: 'Víctima A' })])).toEqual({ pseudonym: 'V-2', number: 2 });
  });

  it('skips a V-n someone typed by hand for another party', () => {
    const parties = [party('A', { pseudonym: 'V-1' }), party('B', { pseudonym: 'v-2' }), party('C', { pseudonym: 'V-3' })];
    expect(nextPseudonym(1, parties)).toEqual({ pseudonym: 'V-4', number: 4 });
  });

  it('finds a pseudonym taken case-insensitively, except by the party itself', () => {
    const a = party('A', { pseudonym: 'V-1' });
    expect(isPseudonymTaken(' v-1 ', [a])).toBe(true);
    expect(isPseudonymTaken('V-1', [a], a.id)).toBe(false);
    expect(isPseudonymTaken('V-1', [party('B', { pseudonym: 'V-1', archivedAt: '2026-01-01T00:00:00.000Z' })])).toBe(true);
  });

  it('labels a protected party by pseudonym only, others by short name or name', () => {
    expect(partyLabel(party('Ana López', { pseudonym: 'V-1' }))).toBe('V-1');
    expect(partyLabel(party('X Corp.', { isProtected: false, shortName: 'X' }))).toBe('X');
    expect(partyLabel(party('Meta Platforms Ireland Ltd', { isProtected: false }))).toBe('Meta Platforms Ireland Ltd');
  });
});

describe('pseudonymise', () => {
  it('replaces whole words only, never inside another word', () => {
    const parties = [party('Ana', { pseudonym: 'V-1' })];
    expect(pseudonymise('Ana ate a banana; Anatomía de Ana. ANA!', parties)).toBe('V-1 ate a banana; Anatomía de V-1. V-1!');
    expect(pseudonymise('Mariana and Ana_b and Ana2 stay', parties)).toBe('Mariana and Ana_b and Ana2 stay');
  });

  it('handles names in other scripts, in any case', () => {
    const parties = [
      party('Łukasz Żółć', { pseudonym: 'V-1' }),
      party('Ελένη', { pseudonym: 'V-2' }),
      party('Мария', { pseudonym: 'V-3' }),
    ];
    const text = 'ŁUKASZ ŻÓŁĆ wrote to ελένη and to МАРИЯ; Марияна and Ελένης are other people; łukasz żółć again.';
    expect(pseudonymise(text, parties)).toBe('V-1 wrote to V-2 and to V-3; Марияна and Ελένης are other people; V-1 again.');
  });

  it('replaces the longest name first, and short names too', () => {
    const parties = [
      party('Ana María López', { pseudonym: 'V-1', shortName: 'Ana María' }),
      party('Ana', { pseudonym: 'V-2' }),
    ];
    expect(pseudonymise('Ana María López met Ana. Ana María left.', parties)).toBe('V-1 met V-2. V-1 left.');
  });

  it('matches a name broken across lines and a name typed in decomposed Unicode', () => {
    const parties = [party('José Núñez', { pseudonym: 'V-1' })];
    expect(pseudonymise('Statement of José\nNúñez', parties)).toBe('Statement of V-1');
    expect(pseudonymise('Jose\u0301 Nu\u0301n\u0303ez said', parties)).toBe('V-1 said');
  });

  it('leaves unprotected parties, and names with regex characters, safe', () => {
    const parties = [party('X Corp.', { isProtected: false, pseudonym: null }), party('A. (B) Smith+', { pseudonym: 'V-9' })];
    expect(pseudonymise('X Corp. replied to A. (B) Smith+ today', parties)).toBe('X Corp. replied to V-9 today');
  });

  it('still protects a party that was archived', () => {
    expect(pseudonymise('Lucía', [party('Lucía', { pseudonym: 'V-1', archivedAt: '2026-01-01T00:00:00.000Z' })])).toBe('V-1');
  });
});
