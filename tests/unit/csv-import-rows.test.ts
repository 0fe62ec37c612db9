import { describe, expect, it } from 'vitest';
import { assignColumn, suggestMapping } from '@shared/import/import-mapping';
import { parseCsv } from '@shared/import/parse-csv';
import { planImport, rowsLeftOut, rowsToImport } from '@shared/import/import-plan';
import { spanishExcel } from './csv-import-fixtures';

const now = new Date('2026-03-01T12:00:00Z');
const messages = (problems: { message: string }[]) => problems.map((p) => p.message);

describe('checking every row by the register form’s rules', () => {
  const parsed = parseCsv(spanishExcel);
  const mapping = suggestMapping(parsed, 'Europe/Madrid');

  it('stores normalised values: dates in UTC from the capture zone, kinds and sensitivities as codes', () => {
    const plan = planImport(parsed, mapping, [], now);
    expect(plan).toMatchObject({ valid: 3, invalid: 1, duplicates: 0 });
    expect(plan.rows[0]!.fields).toEqual({
      title: 'Respuesta de Grok', kind: 'post', platform: 'X', sourceUrl: 'https://x.com/grok/status/1875550000000000001',
      platformContentId: '', account: '@grok', publishedAt: null, capturedAt: '2026-01-05T20:15:00.000Z', captureTimeZone: 'Europe/Madrid',
      capturedBy: '', captureMethod: '', description: 'Imagen generada a petición;\r\ncon "desnudo" en el texto', sensitivity: 'restricted',
      externalReference: '', notes: '',
    });
  });

  it('keeps a formula-looking cell as plain text', () => {
    const plan = planImport(parsed, mapping, [], now);
    expect(plan.rows[1]!.fields).toMatchObject({ description: '=HYPERLINK("http://evil.example","clic")', kind: 'video', sensitivity: 'normal' });
  });

  it('rejects a row without a title with the form’s own message, and warns of a date without a time', () => {
    const plan = planImport(parsed, mapping, [], now);
    expect(plan.rows[2]).toMatchObject({ row: 5, fields: null, errors: [{ field: 'title', message: 'validation.required' }] });
    expect(plan.rows[3]!.fields?.capturedAt).toBe('2026-01-19T23:00:00.000Z');
    expect(messages(plan.rows[3]!.warnings)).toEqual(['csvImport.problems.dateWithoutTime']);
  });

  it('applies the form’s rules: bad URL, future capture, unknown time zone, too long', () => {
    const csv = [
      'Title,URL,Captured at,Time zone',
      'a,not a url,,',
      'b,,2099-01-01 10:00,',
      'c,,,Mars/Olympus',
      `${'x'.repeat(501)},,,`,
      'e,,31/02/2026 10:00,',
      'f,,tomorrow,',
    ].join('\n');
    const p = parseCsv(csv);
    const plan = planImport(p, suggestMapping(p, 'UTC'), [], now);
    expect(plan.rows.map((r) => messages(r.errors))).toEqual([
      ['validation.url'], ['validation.captureInFuture'], ['validation.timeZone'], ['validation.tooLong'],
      ['validation.dateTime'], ['csvImport.problems.dateFormat'],
    ]);
  });

  it('reads a per-row time zone over the import’s default', () => {
    const p = parseCsv('Title,Captured at,Time zone\na,2026-01-05 21:15,America/New_York\nb,2026-01-05 21:15,\n');
    const plan = planImport(p, suggestMapping(p, 'Europe/Madrid'), [], now);
    expect(plan.rows.map((r) => [r.fields?.capturedAt, r.fields?.captureTimeZone])).toEqual([
      ['2026-01-06T02:15:00.000Z', 'America/New_York'], ['2026-01-05T20:15:00.000Z', 'Europe/Madrid'],
    ]);
  });

  it('handles extra and missing cells: shifted data is refused, short rows are read with empty cells', () => {
    const p = parseCsv('Title,Platform,Notes,Unused\na,X,n,u\nb,X\nc,X,n,u,shifted\nd,X,,,\n');
    const plan = planImport(p, suggestMapping(p, 'UTC'), [], now);
    expect(plan.rows[0]!.fields).toMatchObject({ title: 'a', notes: 'n' });
    expect(messages(plan.rows[1]!.warnings)).toEqual(['csvImport.problems.missingCells']);
    expect(plan.rows[1]!.fields).toMatchObject({ title: 'b', notes: '' });
    expect(messages(plan.rows[2]!.errors)).toEqual(['csvImport.problems.extraCells']);
    expect(plan.rows[3]!.fields).toMatchObject({ title: 'd' }); // trailing empty cells are harmless
  });

  it('refuses unknown kinds rather than guessing, and warns of ambiguous dates only while the format is a guess', () => {
    const p = parseCsv('Title,Kind,Captured at\na,hologram,05/01/2026 10:00\nb,Image,06/02/2026 10:00\n');
    const mapping = suggestMapping(p, 'UTC');
    expect(mapping.isDateFormatGuess).toBe(true);
    const plan = planImport(p, mapping, [], now);
    expect(plan.rows[0]!.errors[0]).toMatchObject({ field: 'kind', message: 'csvImport.problems.unknownKind', params: { value: 'hologram' } });
    expect(messages(plan.rows[1]!.warnings)).toEqual(['csvImport.problems.ambiguousDate']);
    const confirmed = planImport(p, { ...mapping, dateFormat: 'dmy', isDateFormatGuess: false }, [], now);
    expect(confirmed.rows[1]!.warnings).toEqual([]);
    expect(confirmed.rows[1]!.fields?.capturedAt).toBe('2026-02-06T10:00:00.000Z');
  });

  it('imports withheld rows as metadata only', () => {
    const p = parseCsv('Title,Sensitivity,External reference\nPolice exhibit,Retenida,POL-2026-17\n');
    const plan = planImport(p, suggestMapping(p, 'UTC'), [], now);
    expect(plan.rows[0]!.fields).toMatchObject({ sensitivity: 'withheld', externalReference: 'POL-2026-17' });
  });
});

describe('likely duplicates', () => {
  const parsed = parseCsv(spanishExcel);
  const mapping = suggestMapping(parsed, 'Europe/Madrid');

  it('spots rows with the URL of an existing item, or of an earlier row, and leaves them out unless chosen', () => {
    const existing = [{ exhibitNo: 'E-0001', sourceUrl: 'https://x.com/grok/status/1875550000000000001/', platform: 'X', platformContentId: '', title: 'Other', capturedAt: null }];
    const plan = planImport(parsed, mapping, existing, now);
    expect(plan.duplicates).toBe(1);
    expect(plan.rows[0]!.duplicate).toMatchObject({ message: 'csvImport.problems.duplicateOfExhibit', params: { exhibit: 'E-0001' } });
    expect(rowsToImport(plan, false).map((r) => r.row)).toEqual([4, 6]);
    expect(rowsToImport(plan, true).map((r) => r.row)).toEqual([2, 4, 6]);
    expect(rowsLeftOut(plan, false).map((r) => r.row)).toEqual([2, 5]);
  });

  it('spots the same platform content id twice in one file', () => {
    const p = parseCsv('Title,Platform,Content ID\na,TikTok,73\nb,tiktok,73\nc,X,73\n');
    const plan = planImport(p, suggestMapping(p, 'UTC'), [], now);
    expect(plan.rows.map((r) => r.duplicate?.params)).toEqual([undefined, { row: 2 }, undefined]);
  });

  it('keeps a mapping change honest: ignoring the URL column means URLs are not compared', () => {
    const existing = [{ exhibitNo: 'E-0001', sourceUrl: 'https://x.com/grok/status/1875550000000000001', platform: 'X', platformContentId: '', title: 'Other', capturedAt: null }];
    const plan = planImport(parsed, assignColumn(mapping, 2, null), existing, now);
    expect(plan.duplicates).toBe(0);
  });
});
