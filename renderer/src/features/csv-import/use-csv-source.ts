import { useCallback, useState } from 'react';
import { decodeCsvBytes, type DecodedText, type EncodingChoice } from '@shared/import/decode-text';
import { assignColumn, suggestMapping, type ImportMapping } from '@shared/import/import-mapping';
import type { ImportField } from '@shared/import/import-fields';
import { parseCsv, type DelimiterChoice, type ParsedCsv } from '@shared/import/parse-csv';
import { sha256Hex } from '@shared/audit/sha256';
import { systemTimeZone } from '../evidence/form/form-values';

export interface CsvSource {
  name: string;
  bytes: Uint8Array;
  sha256: string;
  encoding: EncodingChoice;
  delimiter: DelimiterChoice;
  decoded: DecodedText;
  parsed: ParsedCsv;
}

/** Month-first dates are the US habit; everyone else writes the day first. */
function dateHabit(): 'dmy' | 'mdy' {
  return new Intl.DateTimeFormat().resolvedOptions().locale === 'en-US' ? 'mdy' : 'dmy';
}

function read(name: string, bytes: Uint8Array, sha256: string, encoding: EncodingChoice, delimiter: DelimiterChoice): CsvSource {
  const decoded = decodeCsvBytes(bytes, encoding);
  return { name, bytes, sha256, encoding, delimiter, decoded, parsed: parseCsv(decoded.text, delimiter) };
}

const sameHeader = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((h, i) => h === b[i]);

/**
 * The file being imported and how it is read. Changing the encoding or the
 * separator re-reads it at once (the preview follows); the mapping the user
 * made is kept as long as the columns stay the same.
 */
export function useCsvSource() {
  const [source, setSource] = useState<CsvSource | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);

  const reread = useCallback((next: CsvSource, previous: ImportMapping | null, previousHeader: readonly string[] | null) => {
    setSource(next);
    const isSameColumns = previous && previousHeader && sameHeader(previousHeader, next.parsed.header);
    setMapping(isSameColumns ? previous : suggestMapping(next.parsed, previous?.timeZone ?? systemTimeZone(), dateHabit()));
  }, []);

  return {
    source,
    mapping,
    load(name: string, bytes: Uint8Array) {
      reread(read(name, bytes, sha256Hex(bytes), 'auto', 'auto'), null, null);
    },
    setEncoding(encoding: EncodingChoice) {
      if (source) reread(read(source.name, source.bytes, source.sha256, encoding, source.delimiter), mapping, source.parsed.header);
    },
    setDelimiter(delimiter: DelimiterChoice) {
      if (source) reread(read(source.name, source.bytes, source.sha256, source.encoding, delimiter), mapping, source.parsed.header);
    },
    assign(index: number, field: ImportField | null) {
      if (mapping) setMapping(assignColumn(mapping, index, field));
    },
    update(change: Partial<ImportMapping>) {
      if (mapping) setMapping({ ...mapping, ...change });
    },
    reset() {
      setSource(null);
      setMapping(null);
    },
  };
}

export type CsvSourceState = ReturnType<typeof useCsvSource>;
