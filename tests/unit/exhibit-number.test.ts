import { describe, expect, it } from 'vitest';
import { formatExhibitNo, nextExhibitCounter, parseExhibitNo } from '@shared/evidence/exhibit-number';

describe('exhibit numbers', () => {
  it('pads the counter to four digits behind the prefix, and grows past 9999', () => {
    expect(formatExhibitNo('E-', 1)).toBe('E-0001');
    expect(formatExhibitNo('DOC', 42)).toBe('DOC0042');
    expect(formatExhibitNo('E-', 12345)).toBe('E-12345');
    expect(() => formatExhibitNo('E-', 0)).toThrow(RangeError);
  });

  it('reads back only numbers with the case prefix', () => {
    expect(parseExhibitNo('E-', 'E-0042')).toBe(42);
    expect(parseExhibitNo('E-', 'X-0042')).toBeNull();
    expect(parseExhibitNo('E-', 'E-00A2')).toBeNull();
  });

  it('continues after the highest number ever given, never filling gaps', () => {
    expect(nextExhibitCounter('E-', [])).toBe(1);
    expect(nextExhibitCounter('E-', ['E-0001', 'E-0007', 'E-0003'])).toBe(8);
    // A number from an older prefix does not reset or confuse the counter.
    expect(nextExhibitCounter('E-', ['OLD-0900', 'E-0002'])).toBe(3);
  });
});
