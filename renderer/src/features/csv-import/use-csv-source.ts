import { useCallback, useEffect, useRef, useState } from 'react';
import type { Decoding, EncodingChoice } from '@shared/import/decode-text';
import { assignColumn, suggestMapping, type ImportMapping } from '@shared/import/import-mapping';
import type { ImportField } from '@shared/import/import-fields';
import type { DelimiterChoice, ParsedCsv } from '@shared/import/parse-csv';
import { readCsvSource } from '@shared/import/read-csv-source';
import { systemTimeZone } from '../evidence/form/form-values';
import type { CsvFile } from './csv-file';

export interface CsvSource {
  name: string;
  file: CsvFile;
  sha256: string;
  encoding: EncodingChoice;
  delimiter: DelimiterChoice;
  decoded: Decoding;
  parsed: ParsedCsv;
}

/** Month-first dates are the US habit; everyone else writes the day first. */
function dateHabit(): 'dmy' | 'mdy' {
  return new Intl.DateTimeFormat().resolvedOptions().locale === 'en-US' ? 'mdy' : 'dmy';
}

const sameHeader = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((h, i) => h === b[i]);

/**
 * The file being imported and how it is read. The file stays open (read by
 * ranges, never whole) while the wizard is open: changing the encoding or
 * the separator reads it again at once (the preview follows); the mapping
 * the user made is kept as long as the columns stay the same.
 */
export function useCsvSource() {
  const [source, setSource] = useState<CsvSource | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [isRereading, setRereading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const file = useRef<CsvFile | null>(null);
  // Only the latest read may show: a slow one for an earlier choice is dropped.
  const latest = useRef(0);
  useEffect(() => () => file.current?.close(), []);

  const show = useCallback((next: CsvSource, previous: ImportMapping | null, previousHeader: readonly string[] | null) => {
    setSource(next);
    const isSameColumns = previous && previousHeader && sameHeader(previousHeader, next.parsed.header);
    setMapping(isSameColumns ? previous : suggestMapping(next.parsed, previous?.timeZone ?? systemTimeZone(), dateHabit()));
  }, []);

  /** Reads `from` again with other settings; the hash is known already. */
  const reread = async (from: CsvSource, encoding: EncodingChoice, delimiter: DelimiterChoice) => {
    const id = ++latest.current;
    setRereading(true);
    setFailure(null);
    try {
      const reading = await readCsvSource(from.file.source, { encoding, delimiter });
      if (id === latest.current) show({ ...from, encoding, delimiter, decoded: reading.decoded, parsed: reading.parsed }, mapping, from.parsed.header);
    } catch (error) {
      if (id === latest.current) setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      if (id === latest.current) setRereading(false);
    }
  };

  return {
    source,
    mapping,
    isRereading,
    /** Why the last re-read failed (the file changed or went away); the previous reading stays. */
    failure,
    /** Reads a newly chosen file (hashing it on the way); throws when it cannot be read. */
    async load(chosen: CsvFile, onProgress?: (doneBytes: number, totalBytes: number) => void) {
      if (file.current !== chosen) file.current?.close();
      file.current = chosen;
      const id = ++latest.current;
      setFailure(null);
      const reading = await readCsvSource(chosen.source, { encoding: 'auto', delimiter: 'auto', isHashed: true, ...(onProgress ? { onProgress } : {}) });
      if (id !== latest.current) return;
      show({ name: chosen.name, file: chosen, sha256: reading.sha256!, encoding: 'auto', delimiter: 'auto', decoded: reading.decoded, parsed: reading.parsed }, null, null);
    },
    setEncoding(encoding: EncodingChoice) {
      if (source) void reread(source, encoding, source.delimiter);
    },
    setDelimiter(delimiter: DelimiterChoice) {
      if (source) void reread(source, source.encoding, delimiter);
    },
    assign(index: number, field: ImportField | null) {
      if (mapping) setMapping(assignColumn(mapping, index, field));
    },
    update(change: Partial<ImportMapping>) {
      if (mapping) setMapping({ ...mapping, ...change });
    },
    reset() {
      latest.current += 1;
      file.current?.close();
      file.current = null;
      setSource(null);
      setMapping(null);
      setFailure(null);
      setRereading(false);
    },
  };
}

export type CsvSourceState = ReturnType<typeof useCsvSource>;
