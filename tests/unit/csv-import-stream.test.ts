import { describe, expect, it } from 'vitest';
import { sha256Hex } from '@shared/audit/sha256';
import { blobSource } from '@shared/archive/random-access';
import { decodeCsvBytes } from '@shared/import/decode-text';
import { parseCsv } from '@shared/import/parse-csv';
import { readCsvSource } from '@shared/import/read-csv-source';
import type { OpenForReadResult } from '@shared/shell-api/api';
import { chooseCsvFile, MAX_CSV_BYTES } from '../../renderer/src/features/csv-import/csv-file';
import { spreadsheetCsv } from '../../bench/csv-import/generate';
import { utf8, windows1252 } from './csv-import-fixtures';

const source = (bytes: Uint8Array) => blobSource(new Blob([bytes as Uint8Array<ArrayBuffer>]));
/** What the wizard showed before files were read in pieces: the whole file decoded, then parsed. */
const wholeFile = (bytes: Uint8Array) => {
  const decoded = decodeCsvBytes(bytes);
  return { decoded: { encoding: decoded.encoding, isFallback: decoded.isFallback }, parsed: parseCsv(decoded.text) };
};

/** Rows that break naive chunking: quoted separators and line breaks, doubled quotes, a quote then CRLF, broken quotes, accents, blank lines. */
function trickyCsv(rows: number): string {
  const lines = ['Título;Notas;Cuenta'];
  for (let i = 0; i < rows; i++) {
    const kind = i % 7;
    if (kind === 0) lines.push(`"Fila ${i}; con ""comillas"""; "línea\r\npartida";niño€`);
    else if (kind === 1) lines.push('');
    else if (kind === 2) lines.push(`Roto ${i};a"b;c`);
    else if (kind === 3) lines.push(`"${i}"x;mal;cerrado`);
    else lines.push(`Prueba ${i};“cita” — ${'ñ'.repeat(i % 5)};@cuenta${i}`);
  }
  return `${lines.join('\r\n')}\r\n"sin cerrar;${'x'.repeat(10)}`;
}

describe('a CSV read in pieces', () => {
  it('gives the same rows, row numbers, encoding and hash as reading the whole file, wherever the pieces split it', async () => {
    const bytes = spreadsheetCsv(15_000); // 3.5 MB: Spanish Excel, BOM, CRLF, quoted line breaks
    for (const pieceBytes of [4 * 1024 * 1024, 1_000_003, 4093]) {
      const read = await readCsvSource(source(bytes), { encoding: 'auto', delimiter: 'auto', isHashed: true, pieceBytes });
      expect(read.sha256).toBe(sha256Hex(bytes));
      expect({ decoded: read.decoded, parsed: read.parsed }).toEqual(wholeFile(bytes));
    }
    expect(wholeFile(bytes).parsed.rows).toHaveLength(15_000);
  });

  it('keeps broken quotes on the rows that have them, even when a piece ends inside them', async () => {
    const bytes = utf8(trickyCsv(40_000)); // over the 1 MB read before the first parse, so later pieces really split records
    const expected = wholeFile(bytes);
    expect(expected.parsed.rows.some((r) => r.quoteProblem === 'malformed')).toBe(true);
    expect(expected.parsed.rows.at(-1)!.quoteProblem).toBe('unclosed');
    for (const pieceBytes of [11, 4096]) {
      const read = await readCsvSource(source(bytes), { encoding: 'auto', delimiter: ';', pieceBytes });
      expect(read.parsed).toEqual(parseCsv(decodeCsvBytes(bytes).text, ';'));
    }
  });

  it('reads an old Excel file as Windows-1252 even when its first non-UTF-8 byte comes pieces in, and says so', async () => {
    const text = `Title,Account\r\n${'Plain ascii row,acct\r\n'.repeat(60_000)}Foto del niño,Müller “cita” 5 €\r\n`;
    const bytes = windows1252(text);
    const read = await readCsvSource(source(bytes), { encoding: 'auto', delimiter: 'auto', isHashed: true, pieceBytes: 65_536 });
    expect(read.decoded).toEqual({ encoding: 'windows-1252', isFallback: true });
    expect(read.sha256).toBe(sha256Hex(bytes));
    expect(read.parsed.rows.at(-1)!.cells).toEqual(['Foto del niño', 'Müller “cita” 5 €']);
    expect(read.parsed).toEqual(wholeFile(bytes).parsed);
    // Chosen by hand: UTF-8 marks the bad bytes instead.
    const forced = await readCsvSource(source(bytes), { encoding: 'utf-8', delimiter: 'auto', pieceBytes: 65_536 });
    expect(forced.decoded).toEqual({ encoding: 'utf-8', isFallback: false });
    expect(forced.parsed.rows.at(-1)!.cells[0]).toBe('Foto del ni\uFFFDo');
  });

  it('an empty file is an empty reading', async () => {
    const read = await readCsvSource(source(new Uint8Array(0)), { encoding: 'auto', delimiter: 'auto', isHashed: true });
    expect(read.parsed).toMatchObject({ header: [], rows: [] });
    expect(read.sha256).toBe(sha256Hex(new Uint8Array(0)));
  });
});

describe('choosing a CSV', () => {
  const shellOpening = (opened: OpenForReadResult) => {
    const closed: string[] = [];
    return {
      closed,
      shell: {
        openForRead: async () => opened,
        readChunk: async () => ({ bytes: new Uint8Array(0) }),
        closeRead: async ({ handle }: { handle: string }) => { closed.push(handle); return { status: 'closed' as const }; },
      },
    };
  };

  it(`refuses a file over ${MAX_CSV_BYTES / 1048576} MB without reading it, and closes it`, async () => {
    const { shell, closed } = shellOpening({ status: 'opened', handle: 'a'.repeat(32), name: 'huge.csv', size: MAX_CSV_BYTES + 1 });
    expect(await chooseCsvFile(shell)).toEqual({ status: 'too-large', name: 'huge.csv', size: MAX_CSV_BYTES + 1 });
    expect(closed).toEqual(['a'.repeat(32)]);
  });

  it('keeps a file at the limit open for reading', async () => {
    const { shell, closed } = shellOpening({ status: 'opened', handle: 'b'.repeat(32), name: 'ok.csv', size: MAX_CSV_BYTES });
    const chosen = await chooseCsvFile(shell);
    expect(chosen).toMatchObject({ status: 'opened', file: { name: 'ok.csv', source: { size: MAX_CSV_BYTES } } });
    expect(closed).toEqual([]);
  });
});
