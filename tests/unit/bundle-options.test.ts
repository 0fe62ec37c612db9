import { describe, expect, it } from 'vitest';
import { resolveOptions } from '@shared/bundle/options';

describe('bundle options', () => {
  it('leaves restricted items out unless an export explicitly includes them, in either profile', () => {
    const now = new Date('2026-11-28T10:00:00Z');
    expect(resolveOptions({ profile: 'internal', numbering: 'consecutive' }, now).includeRestricted).toBe(false);
    expect(resolveOptions({ profile: 'filing', numbering: 'consecutive' }, now).includeRestricted).toBe(false);
    expect(resolveOptions({ profile: 'internal', numbering: 'consecutive', includeRestricted: true }, now).includeRestricted).toBe(true);
  });
});
