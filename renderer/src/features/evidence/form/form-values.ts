import type { EvidenceItem } from '@shared/domain/types';
import type { EvidenceForm } from '@shared/evidence/evidence-input';
import { utcToWallTime } from '@shared/evidence/zoned-time';

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function blankEvidenceForm(): EvidenceForm {
  return {
    title: '', kind: 'post', platform: '', sourceUrl: '', platformContentId: '', account: '', publishedAt: '', capturedAt: '',
    captureTimeZone: systemTimeZone(), capturedBy: '', captureMethod: '', description: '', sensitivity: 'normal',
    externalReference: '', notes: '',
  };
}

/** An item back into form text, its instants shown in its own capture zone. */
export function formFromItem(item: EvidenceItem): EvidenceForm {
  const zone = item.captureTimeZone ?? 'UTC';
  return {
    title: item.title, kind: item.kind, platform: item.platform, sourceUrl: item.sourceUrl,
    platformContentId: item.platformContentId, account: item.account,
    publishedAt: item.publishedAt ? utcToWallTime(item.publishedAt, zone) : '',
    capturedAt: item.capturedAt ? utcToWallTime(item.capturedAt, zone) : '',
    captureTimeZone: zone, capturedBy: item.capturedBy, captureMethod: item.captureMethod, description: item.description,
    sensitivity: item.sensitivity, externalReference: item.externalReference, notes: item.notes,
  };
}
