import { describe, expect, it } from 'vitest';
import type { EvidenceItem } from '@shared/domain/types';
import { applyFilter, isEmptyFilter, matchesFilter } from '@shared/review/filter';
import { toRegisterRow } from '@shared/review/register-row';

// The register filters its rows: each item as the register holds it.
const item = (over: Partial<EvidenceItem>) =>
  toRegisterRow({
    id: 'i', caseId: 'c', exhibitNo: 'E-0001', title: 't', kind: 'post', platform: 'X', sourceUrl: '', platformContentId: '',
    account: '', publishedAt: null, capturedAt: null, captureTimeZone: 'UTC', capturedBy: '', captureMethod: '', description: '',
    sensitivity: 'normal', hashes: { sha256: null, pdq: null }, attachment: null, externalReference: '', tagIds: [],
    reviewStatus: 'unreviewed', notes: '', archivedAt: null, ...over,
  } as EvidenceItem);

describe('register filter', () => {
  const hot = item({ id: 'a', tagIds: ['hot', 'deepfake'] });
  const deepfake = item({ id: 'b', tagIds: ['deepfake'], platform: 'TikTok' });
  const untagged = item({ id: 'c', capturedAt: '2026-01-05T21:15:00.000Z', attachment: { sha256: 'x', name: 'a.png', mime: 'image/png', size: 1 } });
  const all = [hot, deepfake, untagged];
  const ids = (filter: Parameters<typeof applyFilter>[1]) => applyFilter(all, filter).map((e) => e.id);

  it('combines tags with all of / any of / none of', () => {
    expect(ids({ tags: { mode: 'all', tagIds: ['hot', 'deepfake'] } })).toEqual(['a']);
    expect(ids({ tags: { mode: 'any', tagIds: ['hot', 'deepfake'] } })).toEqual(['a', 'b']);
    expect(ids({ tags: { mode: 'none', tagIds: ['hot'] } })).toEqual(['b', 'c']);
  });

  it('combines different criteria with AND', () => {
    expect(ids({ tags: { mode: 'any', tagIds: ['deepfake'] }, platforms: ['TikTok'] })).toEqual(['b']);
    expect(ids({ platforms: ['X'], hasAttachment: true })).toEqual(['c']);
  });

  it('includes the whole last day of a date range, and leaves out undated items', () => {
    expect(ids({ capturedBetween: { from: '2026-01-05', to: '2026-01-05' } })).toEqual(['c']);
    expect(ids({ capturedBetween: { from: null, to: '2026-01-04' } })).toEqual([]);
  });

  it('an empty filter keeps everything, in the same array', () => {
    expect(isEmptyFilter({ tags: { mode: 'all', tagIds: [] }, platforms: [] })).toBe(true);
    expect(applyFilter(all, {})).toBe(all);
    expect(matchesFilter(hot, { sensitivities: ['restricted'] })).toBe(false);
  });
});
