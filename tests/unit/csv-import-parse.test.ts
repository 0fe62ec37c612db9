import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '@shared/import/decode-text';
import { parseCsv } from '@shared/import/parse-csv';
import { spanishExcel, utf8, windows1252, withBom } from './csv-import-fixtures';

describe('reading a CSV file', () => {
  it('reads a Spanish Excel file: BOM, semicolons, CRLF, a quoted newline, a blank line', () => {
    const decoded = decodeCsvBytes(withBom(utf8(spanishExcel)));
    expect(decoded).toMatchObject({ encoding: 'utf-8', isFallback: false });
    const parsed = parseCsv(decoded.text);
    expect(parsed.delimiter).toBe(';');
    expect(parsed.header[0]).toBe('Título'); // no BOM glued to the first header
    expect(parsed.rows.map((r) => r.row)).toEqual([2, 4, 5, 6]); // the blank row 3 is skipped but still counted
    expect(parsed.rows[0]!.cells[5]).toBe('Imagen generada a petición;\r\ncon "desnudo" en el texto');
    expect(parsed.rows[1]!.cells[5]).toBe('=HYPERLINK("http://evil.example","clic")');
  });

  it('falls back to Windows-1252 for bytes that are not UTF-8, and says so', () => {
    const bytes = windows1252('Title,Account,Notes\r\nFoto del niño,Müller,“cita” 5 €\r\n');
    const decoded = decodeCsvBytes(bytes);
    expect(decoded).toMatchObject({ encoding: 'windows-1252', isFallback: true });
    expect(parseCsv(decoded.text).rows[0]!.cells).toEqual(['Foto del niño', 'Müller', '“cita” 5 €']);
  });

  it('lets the user force an encoding and shows what that does', () => {
    const bytes = windows1252('Title\r\nniño\r\n');
    expect(parseCsv(decodeCsvBytes(bytes, 'utf-8').text).rows[0]!.cells[0]).toBe('ni\uFFFDo');
    const utf8Bytes = utf8('Title\nniño\n');
    expect(parseCsv(decodeCsvBytes(utf8Bytes, 'windows-1252').text).rows[0]!.cells[0]).toBe('niÃ±o');
    expect(decodeCsvBytes(utf8Bytes, 'auto').text).toBe('Title\nniño\n');
  });

  it.each([
    ['tab', '\t'],
    ['pipe', '|'],
    ['comma', ','],
  ])('detects a %s delimiter', (_, d) => {
    const parsed = parseCsv(['Title', 'Platform', 'URL'].join(d) + '\n' + ['A, b; c', 'X', 'https://x.com/a'].join(d).replace('A, b; c', d === ',' ? '"A, b; c"' : 'A, b; c') + '\n');
    expect(parsed.delimiter).toBe(d);
    expect(parsed.rows[0]!.cells).toEqual(['A, b; c', 'X', 'https://x.com/a']);
  });

  it('marks a row whose quote never closes instead of trusting its cells', () => {
    const parsed = parseCsv('Title,Notes\nGood,ok\n"Broken,notes\nNext,row\n');
    expect(parsed.rows[0]!.quoteProblem).toBeUndefined();
    expect(parsed.rows[1]).toMatchObject({ row: 3, quoteProblem: 'unclosed' });
  });

  it('takes a forced delimiter over the guess', () => {
    const parsed = parseCsv('Title;Notes\na,b;c\n', ',');
    expect(parsed.header).toEqual(['Title;Notes']);
    expect(parsed.rows[0]!.cells).toEqual(['a', 'b;c']);
  });
});
