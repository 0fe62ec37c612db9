import { describe, expect, it } from 'vitest';
import { suggestMapping } from '@shared/import/import-mapping';
import { parseCsv } from '@shared/import/parse-csv';
import { planImport, rowsLeftOut } from '@shared/import/import-plan';
import { rejectedRowsCsv } from '@shared/import/rejected-report';

const labels = { row: 'Row', reasons: 'Why', extraColumn: (n: number) => `Column ${n}` };

describe('the report of rows left out', () => {
  it('lists each row with its number, why, and its cells, neutralising formulas, as UTF-8 with a BOM', () => {
    const csv = 'Title,URL,Notes\n,https://x.com/a,"=HYPERLINK(""http://evil.example"",""clic"")"\nok,https://x.com/b,fine\nbad,nope,x,extra\n';
    const parsed = parseCsv(csv);
    const plan = planImport(parsed, suggestMapping(parsed, 'UTC'), [], new Date('2026-03-01T00:00:00Z'));
    const report = rejectedRowsCsv(parsed.header, rowsLeftOut(plan, false), (p) => `${p.field ?? 'row'}: ${p.message}`, labels);
    expect(report.startsWith('\uFEFF')).toBe(true);
    const lines = report.slice(1).split('\r\n');
    expect(lines[0]).toBe('"Row","Why","Title","URL","Notes","Column 4"');
    expect(lines[1]).toBe('"2","title: validation.required","","https://x.com/a","\'=HYPERLINK(""http://evil.example"",""clic"")",""');
    expect(lines[2]).toBe('"4","row: csvImport.problems.extraCells sourceUrl: validation.url","bad","nope","x","extra"');
    expect(lines).toHaveLength(4); // header, two rows, and the final line end
  });
});
