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

/** Papa Parse's parser for one whole file fed in pieces — what its own file streamers use; exported by Papa but not typed. */
interface PieceParser {
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): Papa.ParseResult<string[]>;
}
const { ParserHandle } = Papa as unknown as { ParserHandle: new (config: Papa.ParseConfig<string[]>) => PieceParser };

/** Text held back before the first parse, so the line ending (Papa looks at 1 MB) and the delimiter are guessed as from the whole file. */
const FIRST_PARSE_CHARS = 1024 * 1024;

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/**
 * Parses CSV text given in pieces, as a file is read (a record split between
 * pieces is joined), with Papa Parse: quoted fields with delimiters, quotes
 * and newlines inside, CRLF or LF. Row numbers count every record, blank ones
 * included, so they match the row numbers the spreadsheet shows; blank
 * records are then dropped. The first non-blank record is the header.
 */
export function csvParser(choice: DelimiterChoice = 'auto') {
  const handle = new ParserHandle({
    header: false, skipEmptyLines: false, dynamicTyping: false,
    delimiter: choice === 'auto' ? '' : choice, delimitersToGuess: [...CSV_DELIMITERS],
  });
  let pending = '';
  let base = 0;
  let isStarted = false;
  let records = 0;
  let delimiter: string | undefined;
  let isDelimiterDetected = true;
  let header: string[] = [];
  let headerRow = 0;
  const rows: CsvRow[] = [];

  const run = (isLast: boolean) => {
    const result = handle.parse(pending, base, !isLast);
    const problems = new Map<number, CsvRow['quoteProblem']>();
    for (const error of result.errors) {
      if (error.code === 'UndetectableDelimiter') isDelimiterDetected = false;
      // An error in the unfinished last record is dropped with it: the record is parsed again, whole, with the next piece.
      if (error.type !== 'Quotes' || error.row === undefined || error.row >= result.data.length) continue;
      problems.set(error.row, error.code === 'MissingQuotes' ? 'unclosed' : 'malformed');
    }
    result.data.forEach((cells, i) => {
      const index = records + i;
      if (isBlank(cells)) return;
      if (headerRow === 0) {
        header = cells.map((c) => c.trim());
        headerRow = index + 1;
        return;
      }
      const quoteProblem = problems.get(i);
      rows.push(quoteProblem ? { row: index + 1, cells, quoteProblem } : { row: index + 1, cells });
    });
    records += result.data.length;
    delimiter = result.meta.delimiter;
    pending = isLast ? '' : pending.substring(result.meta.cursor - base);
    base = result.meta.cursor;
  };

  return {
    push(text: string): void {
      pending += text;
      if (!isStarted && pending.length < FIRST_PARSE_CHARS) return;
      isStarted = true;
      run(false);
    },
    finish(): ParsedCsv {
      run(true);
      const detected = CSV_DELIMITERS.find((d) => d === delimiter) ?? ',';
      return { delimiter: choice === 'auto' ? detected : choice, isDelimiterDetected: choice !== 'auto' || isDelimiterDetected, header, headerRow, rows };
    },
  };
}

/** Parses the whole text of a CSV at once (see csvParser). */
export function parseCsv(text: string, choice: DelimiterChoice = 'auto'): ParsedCsv {
  const parser = csvParser(choice);
  parser.push(text);
  return parser.finish();
}
