/** How the bytes of a CSV file are read as text. */
export type CsvEncoding = 'utf-8' | 'windows-1252';
export type EncodingChoice = 'auto' | CsvEncoding;

/** How a file was read; `isFallback` when "auto" found bytes that are not UTF-8 and read it as Windows-1252 instead. */
export interface Decoding {
  encoding: CsvEncoding;
  isFallback: boolean;
}

export interface DecodedText extends Decoding {
  text: string;
}

/** Thrown by a strict UTF-8 decoder at the first byte that is not UTF-8: "auto" starts again as Windows-1252. */
export class NotUtf8Error extends Error {
  override name = 'NotUtf8Error';
}

/**
 * Decodes a CSV piece by piece (a character split between two pieces is
 * joined). UTF-8 or Windows-1252; `isStrict` makes UTF-8 throw NotUtf8Error
 * instead of writing U+FFFD. A UTF-8 byte-order mark is dropped.
 */
export function csvTextDecoder(encoding: CsvEncoding, isStrict = false) {
  const decoder = new TextDecoder(encoding, { fatal: isStrict && encoding === 'utf-8' });
  let isFirst = true;
  return {
    /** `isLast` flushes a character left incomplete at the very end. */
    decode(bytes: Uint8Array, isLast: boolean): string {
      let text: string;
      try {
        text = decoder.decode(bytes, { stream: !isLast });
      } catch {
        throw new NotUtf8Error('The file is not UTF-8');
      }
      if (encoding === 'windows-1252') text = fixC1(text);
      if (isFirst && text.length > 0) {
        isFirst = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      return text;
    },
  };
}

/**
 * Reads a CSV's bytes. UTF-8 unless chosen otherwise; in "auto", bytes that
 * are not valid UTF-8 (an old Excel "CSV" on Windows) are read as
 * Windows-1252, and the caller says so.
 */
export function decodeCsvBytes(bytes: Uint8Array, choice: EncodingChoice = 'auto'): DecodedText {
  if (choice !== 'auto') return { text: csvTextDecoder(choice).decode(bytes, true), encoding: choice, isFallback: false };
  try {
    return { text: csvTextDecoder('utf-8', true).decode(bytes, true), encoding: 'utf-8', isFallback: false };
  } catch (error) {
    if (!(error instanceof NotUtf8Error)) throw error;
    return { text: csvTextDecoder('windows-1252').decode(bytes, true), encoding: 'windows-1252', isFallback: true };
  }
}

// Bytes 0x80–0x9F of Windows-1252 (€, curly quotes, dashes…). Some runtimes (Node 20) decode the
// "windows-1252" label as ISO-8859-1 and leave these as control characters; mapping them here makes both agree.
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0) - 0x80]!);
}
