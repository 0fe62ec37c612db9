import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { piecesOf, type RandomAccessSource } from '../archive/random-access';
import { csvTextDecoder, NotUtf8Error, type CsvEncoding, type Decoding, type EncodingChoice } from './decode-text';
import { csvParser, type DelimiterChoice, type ParsedCsv } from './parse-csv';

export interface CsvReading {
  decoded: Decoding;
  parsed: ParsedCsv;
  /** SHA-256 of the file's bytes, when asked for. */
  sha256: string | null;
}

export interface ReadCsvOptions {
  encoding: EncodingChoice;
  delimiter: DelimiterChoice;
  isHashed?: boolean;
  pieceBytes?: number;
  onProgress?(doneBytes: number, totalBytes: number): void;
}

/** A piece of the file per read: few calls, and never more than a few pieces' text in memory besides the records. */
const PIECE_BYTES = 4 * 1024 * 1024;

/**
 * Reads a CSV file by ranges, decoding and parsing each piece as it comes
 * (and hashing it, when asked), so neither its bytes nor its whole text are
 * ever held at once. In "auto", a file that turns out not to be UTF-8 is
 * read again from the start as Windows-1252, and the result says so.
 */
export async function readCsvSource(source: RandomAccessSource, options: ReadCsvOptions): Promise<CsvReading> {
  if (options.encoding !== 'auto') return readAs(source, options.encoding, false, options);
  try {
    return await readAs(source, 'utf-8', true, options);
  } catch (error) {
    if (!(error instanceof NotUtf8Error)) throw error;
    const reading = await readAs(source, 'windows-1252', false, options);
    return { ...reading, decoded: { ...reading.decoded, isFallback: true } };
  }
}

async function readAs(source: RandomAccessSource, encoding: CsvEncoding, isStrict: boolean, options: ReadCsvOptions): Promise<CsvReading> {
  const decoder = csvTextDecoder(encoding, isStrict);
  const parser = csvParser(options.delimiter);
  const hash = options.isHashed ? sha256.create() : null;
  let done = 0;
  for await (const piece of piecesOf(source, options.pieceBytes ?? PIECE_BYTES)) {
    hash?.update(piece);
    parser.push(decoder.decode(piece, false));
    done += piece.length;
    options.onProgress?.(done, source.size);
  }
  parser.push(decoder.decode(new Uint8Array(0), true));
  return { decoded: { encoding, isFallback: false }, parsed: parser.finish(), sha256: hash ? bytesToHex(hash.digest()) : null };
}
