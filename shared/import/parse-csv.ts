import Papa from 'papaparse';

/** The delimiters a spreadsheet writes: comma, semicolon (Spanish Excel), tab, pipe. */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];
export type DelimiterChoice = 'auto' | CsvDelimiter;

/** A record of the file; `row` is its row number as a spreadsheet shows it (the first line is row 1). */
export interface CsvRow {
  row: number;
  cells: string[];
  /** Set when the quotes of this record are broken, so its cells cannot be trusted. */
  quoteProblem?: 'unclosed' | 'malformed';
}

export interface ParsedCsv {
  delimiter: CsvDelimiter;
  /** False when "auto" could not tell (a one-column file): the comma was assumed. */
  isDelimiterDetected: boolean;
  header: string[];
  headerRow: number;
  rows: CsvRow[];
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/**
 * Parses CSV text with Papa Parse (quoted fields with delimiters, quotes and
 * newlines inside, CRLF or LF). Row numbers count every record, blank ones
 * included, so they match the row numbers the spreadsheet shows; blank
 * records are then dropped. The first non-blank record is the header.
 */
export function parseCsv(text: string, choice: DelimiterChoice = 'auto'): ParsedCsv {
  const result = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    dynamicTyping: false,
    delimiter: choice === 'auto' ? '' : choice,
    delimitersToGuess: [...CSV_DELIMITERS],
  });
  const problems = new Map<number, CsvRow['quoteProblem']>();
  for (const error of result.errors) {
    if (error.type !== 'Quotes' || error.row === undefined) continue;
    problems.set(error.row, error.code === 'MissingQuotes' ? 'unclosed' : 'malformed');
  }
  const detected = CSV_DELIMITERS.find((d) => d === result.meta.delimiter) ?? ',';
  const isDelimiterDetected = choice !== 'auto' || !result.errors.some((e) => e.code === 'UndetectableDelimiter');
  let header: string[] = [];
  let headerRow = 0;
  const rows: CsvRow[] = [];
  result.data.forEach((cells, index) => {
    if (isBlank(cells)) return;
    if (headerRow === 0) {
      header = cells.map((c) => c.trim());
      headerRow = index + 1;
      return;
    }
    const quoteProblem = problems.get(index);
    rows.push(quoteProblem ? { row: index + 1, cells, quoteProblem } : { row: index + 1, cells });
  });
  return { delimiter: choice === 'auto' ? detected : choice, isDelimiterDetected, header, headerRow, rows };
}
