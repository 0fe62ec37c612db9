import { describe, expect, it } from 'vitest';
import { evidenceFormSchemaAt, evidenceWarnings, type EvidenceForm } from '@shared/evidence/evidence-input';
import { wallTimeToUtc } from '@shared/evidence/zoned-time';

const now = () => new Date('2026-11-28T12:00:00Z');
const base: EvidenceForm = {
  title: 'Post by @account', kind: 'post', platform: 'X', sourceUrl: '', platformContentId: '', account: '',
  publishedAt: '', capturedAt: '', captureTimeZone: 'Europe/Madrid', capturedBy: '', captureMethod: '',
  description: '', sensitivity: 'normal', externalReference: '', notes: '',
};
const issuesOf = (form: Partial<EvidenceForm>) => {
  const r = evidenceFormSchemaAt(now).safeParse({ ...base, ...form });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('evidence form validation', () => {
  it('accepts a complete, plausible item', () => {
    expect(issuesOf({ sourceUrl: 'https://x.com/a/status/1', capturedAt: '2026-11-27T18:30', publishedAt: '2026-11-20T09:00' })).toEqual([]);
  });

  it('says which field is wrong: a URL that is not a URL', () => {
    expect(issuesOf({ sourceUrl: 'not a url' })).toEqual(['sourceUrl: validation.url']);
    expect(issuesOf({ sourceUrl: 'javascript:alert(1)' })).toEqual(['sourceUrl: validation.url']);
  });

  it('blocks a capture in the future and an impossible date', () => {
    expect(issuesOf({ capturedAt: '2026-12-01T10:00' })).toEqual(['capturedAt: validation.captureInFuture']);
    expect(issuesOf({ capturedAt: '2026-02-30T10:00' })).toEqual(['capturedAt: validation.dateTime']);
  });

  it('refuses an unknown time zone', () => {
    expect(issuesOf({ captureTimeZone: 'Mars/Olympus' })).toContain('captureTimeZone: validation.timeZone');
  });

  it('warns, without blocking, when the post was published after it was captured', () => {
    const form = { ...base, publishedAt: '2026-11-21T10:00', capturedAt: '2026-11-20T10:00' };
    expect(issuesOf(form)).toEqual([]);
    expect(evidenceWarnings(form, now())).toEqual(['publishedAfterCapture']);
  });
});

describe('capture times', () => {
  it('are stored in UTC from the wall-clock time in the capture zone, summer and winter', () => {
    expect(wallTimeToUtc('2026-07-01T12:00', 'Europe/Madrid')).toBe('2026-07-01T10:00:00.000Z');
    expect(wallTimeToUtc('2026-01-15T12:00', 'Europe/Madrid')).toBe('2026-01-15T11:00:00.000Z');
    expect(wallTimeToUtc('2026-01-15T12:00', 'America/Mexico_City')).toBe('2026-01-15T18:00:00.000Z');
    expect(wallTimeToUtc('2026-01-15T25:00', 'UTC')).toBeNull();
  });
});
