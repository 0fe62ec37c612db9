import { describe, expect, it } from 'vitest';
import type { RegisterRow } from '@shared/review/register-row';
import { sortKey, sortRegister } from '../../renderer/src/features/evidence/register/register-columns';

const item = (exhibitNo: string, title: string, capturedAt: string | null = null) =>
  ({ exhibitNo, title, capturedAt, tagIds: [] }) as unknown as RegisterRow;

describe('register sorting', () => {
  it('orders exhibit numbers by value past 9999', () => {
    const items = [item('E-10000', 'a'), item('E-9999', 'b'), item('E-0002', 'c')];
    expect(sortRegister(items, { column: 'exhibitNo', direction: 'asc' }).map((i) => i.exhibitNo)).toEqual(['E-0002', 'E-9999', 'E-10000']);
  });

  it('orders titles ignoring case and accents, numbers by value', () => {
    const items = [item('E-1', 'Post 10'), item('E-2', 'post 9'), item('E-3', 'Álvarez'), item('E-4', 'alvarez b')];
    expect(sortRegister(items, { column: 'title', direction: 'asc' }).map((i) => i.title)).toEqual(['Álvarez', 'alvarez b', 'post 9', 'Post 10']);
    expect(sortRegister(items, { column: 'title', direction: 'desc' }).map((i) => i.title)).toEqual(['Post 10', 'post 9', 'alvarez b', 'Álvarez']);
  });

  it('keeps items without a value last in both directions, ties in exhibit order', () => {
    const items = [item('E-3', 'x', null), item('E-2', 'y', '2026-01-02T00:00:00.000Z'), item('E-1', 'z', '2026-01-02T00:00:00.000Z')];
    expect(sortRegister(items, { column: 'capturedAt', direction: 'asc' }).map((i) => i.exhibitNo)).toEqual(['E-1', 'E-2', 'E-3']);
    expect(sortRegister(items, { column: 'capturedAt', direction: 'desc' }).map((i) => i.exhibitNo)).toEqual(['E-1', 'E-2', 'E-3']);
  });

  it('builds keys that compare like a reader would', () => {
    expect(sortKey('Niño 007') < sortKey('nino 8')).toBe(true);
  });

  it('orders capture times chronologically and sorts right again after other columns were sorted', () => {
    const withTags = (exhibitNo: string, platform: string, capturedAt: string, tags: number) =>
      ({ ...item(exhibitNo, exhibitNo, capturedAt), platform, tagIds: Array.from({ length: tags }, (_, n) => `t${n}`) }) as RegisterRow;
    const items = [
      withTags('E-1', 'TikTok', '2026-03-01T09:00:00.000Z', 10),
      withTags('E-2', 'X', '2025-12-31T23:59:59.999Z', 2),
      withTags('E-3', 'tiktok', '2026-03-01T08:59:59.000Z', 0),
    ];
    const order = (column: 'capturedAt' | 'platform' | 'tags', direction: 'asc' | 'desc' = 'asc') =>
      sortRegister(items, { column, direction }).map((i) => i.exhibitNo);
    expect(order('capturedAt')).toEqual(['E-2', 'E-3', 'E-1']);
    expect(order('tags')).toEqual(['E-3', 'E-2', 'E-1']);
    expect(order('platform')).toEqual(['E-1', 'E-3', 'E-2']);
    expect(order('capturedAt', 'desc')).toEqual(['E-1', 'E-3', 'E-2']);
    expect(order('tags', 'desc')).toEqual(['E-1', 'E-2', 'E-3']);
  });

  it('sorts a row read again after a write by its new value, the others as before', () => {
    const items = [item('E-1', 'Charlie'), item('E-2', 'alpha'), item('E-3', 'Bravo')];
    expect(sortRegister(items, { column: 'title', direction: 'asc' }).map((i) => i.exhibitNo)).toEqual(['E-2', 'E-3', 'E-1']);
    // A tag elsewhere on its page re-reads E-2 as a new row, retitled meanwhile.
    const reread = [items[0]!, item('E-2', 'Delta'), items[2]!];
    expect(sortRegister(reread, { column: 'title', direction: 'asc' }).map((i) => i.exhibitNo)).toEqual(['E-3', 'E-1', 'E-2']);
    expect(sortRegister(reread, { column: 'exhibitNo', direction: 'desc' }).map((i) => i.exhibitNo)).toEqual(['E-3', 'E-2', 'E-1']);
  });
});
