import { describe, expect, it } from 'vitest';
import type { EvidenceItem } from '@shared/domain/types';
import { stringSharer } from '../../renderer/src/db/shared-strings';

describe('sharing repeated strings of items read in bulk', () => {
  it('leaves every value as it was, nulls and empty strings included, across steps', () => {
    const make = (n: number) => ({
      id: `i${n}`, caseId: 'c1', exhibitNo: `E-${n}`, title: `T ${n}`, kind: 'post', platform: n % 2 ? 'X' : 'TikTok', sourceUrl: '', platformContentId: '',
      account: `@a${n % 3}`, publishedAt: null, capturedAt: null, captureTimeZone: n % 2 ? null : 'Europe/Madrid', capturedBy: 'Team', captureMethod: '',
      description: `d${n}`, sensitivity: 'normal', hashes: { sha256: null, pdq: null }, attachment: null, externalReference: '', tagIds: [`t${n % 2}`, 'hot'],
      reviewStatus: 'unreviewed', notes: '', archivedAt: null,
    }) as EvidenceItem;
    const share = stringSharer();
    const first = share([make(1), make(2)]);
    const second = share([make(3), make(4)]);
    expect([...first, ...second]).toEqual([make(1), make(2), make(3), make(4)]);
  });
});
