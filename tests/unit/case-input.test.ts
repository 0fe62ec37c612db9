import { describe, expect, it } from 'vitest';
import { caseInputSchema, emptyCaseInput, isCalendarDate } from '@shared/domain/case-input';

describe('case input', () => {
  it('needs a title and trims what the user typed', () => {
    expect(caseInputSchema.safeParse(emptyCaseInput).success).toBe(false);
    const parsed = caseInputSchema.parse({ ...emptyCaseInput, title: '  Nowak v X Corp ', court: ' Audiencia Nacional ' });
    expect(parsed.title).toBe('Nowak v X Corp');
    expect(parsed.court).toBe('Audiencia Nacional');
  });

  it('keeps names in any script', () => {
    const title = 'Ελλάδα · Москва · niño · Łukasz';
    expect(caseInputSchema.parse({ ...emptyCaseInput, title }).title).toBe(title);
  });

  it('accepts only real calendar dates for the hearing', () => {
    expect(isCalendarDate('2027-02-28')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2027-13-01')).toBe(false);
    expect(isCalendarDate('15/03/2027')).toBe(false);
    const result = caseInputSchema.safeParse({ ...emptyCaseInput, title: 'x', hearingDate: '2027-02-30' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('validation.date');
  });
});
