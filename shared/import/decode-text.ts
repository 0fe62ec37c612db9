/** How the bytes of a CSV file are read as text. */
export type CsvEncoding = 'utf-8' | 'windows-1252';
export type EncodingChoice = 'auto' | CsvEncoding;

export interface DecodedText {
  text: string;
  encoding: CsvEncoding;
  /** True when "auto" found bytes that are not UTF-8 and read the file as Windows-1252 instead. */
  isFallback: boolean;
}

/**
 * Reads a CSV's bytes. UTF-8 unless chosen otherwise; in "auto", bytes that
 * are not valid UTF-8 (an old Excel "CSV" on Windows) are read as
 * Windows-1252, and the caller says so. A UTF-8 byte-order mark is dropped.
 */
export function decodeCsvBytes(bytes: Uint8Array, choice: EncodingChoice = 'auto'): DecodedText {
  if (choice === 'windows-1252') return { text: stripBom(decodeWindows1252(bytes)), encoding: choice, isFallback: false };
  if (choice === 'utf-8') return { text: stripBom(new TextDecoder('utf-8').decode(bytes)), encoding: choice, isFallback: false };
  try {
    return { text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8', isFallback: false };
  } catch {
    return { text: stripBom(decodeWindows1252(bytes)), encoding: 'windows-1252', isFallback: true };
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// Bytes 0x80–0x9F of Windows-1252 (€, curly quotes, dashes…). Some runtimes (Node 20) decode the
// "windows-1252" label as ISO-8859-1 and leave these as control characters; mapping them here makes both agree.
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0) - 0x80]!);
}
