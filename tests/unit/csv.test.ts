import { describe, expect, it } from 'vitest';
import { neutraliseCell, toCsv } from '@shared/review/csv';

describe('CSV export', () => {
  it('neutralises every cell a spreadsheet would run as a formula', () => {
    for (const evil of ['=HYPERLINK("http://evil")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd']) {
      expect(neutraliseCell(evil)).toBe(`'${evil}`);
    }
    expect(neutraliseCell('E-0001')).toBe('E-0001');
    expect(neutraliseCell('niño = niña')).toBe('niño = niña');
  });

  it('starts with a UTF-8 BOM, quotes every field, doubles quotes and ends rows with CRLF', () => {
    const csv = toCsv(['Exhibit', 'Title'], [['E-0001', 'Post "quoted", with comma\nand a line break'], ['E-0002', '=1+1']]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('"Exhibit","Title"\r\n"E-0001","Post ""quoted"", with comma\nand a line break"\r\n"E-0002","\'=1+1"\r\n');
  });

  it('keeps any script intact', () => {
    expect(toCsv(['n'], [['Łukasz Żółć · Ελλάδα · Москва']])).toContain('Łukasz Żółć · Ελλάδα · Москва');
  });
});
