/**
 * CSV that opens correctly in Excel and LibreOffice: UTF-8 with a BOM, CRLF
 * line ends, every field quoted. A cell that a spreadsheet would read as a
 * formula (starting with = + - @, tab or carriage return) is prefixed with an
 * apostrophe, so it shows as text and never runs (OWASP CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function quote(value: string): string {
  return `"${neutraliseCell(value).replace(/"/g, '""')}"`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((cells) => cells.map(quote).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
