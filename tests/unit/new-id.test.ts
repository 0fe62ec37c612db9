import { describe, expect, it } from 'vitest';
import { newId } from '@shared/domain/new-id';

describe('newId', () => {
  it('gives version 4 UUIDs, none twice, across many refills of its pool', () => {
    const ids = Array.from({ length: 20_000 }, newId);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses every hex digit in the random positions (not a constant or a counter)', () => {
    const digits = new Set(Array.from({ length: 200 }, newId).join('').replaceAll('-', ''));
    expect(digits.size).toBe(16);
  });
});
