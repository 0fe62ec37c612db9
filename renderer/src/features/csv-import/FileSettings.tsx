import { useTranslation } from 'react-i18next';
import { CSV_DELIMITERS, type CsvDelimiter, type DelimiterChoice } from '@shared/import/parse-csv';
import type { CsvEncoding, EncodingChoice } from '@shared/import/decode-text';
import { SelectField } from '../../ui/SelectField';
import type { CsvSourceState } from './use-csv-source';

// Encoding names are the same in every language.
const encodingName: Record<CsvEncoding, string> = { 'utf-8': 'UTF-8', 'windows-1252': 'Windows-1252' };
const delimiterName: Record<CsvDelimiter, 'comma' | 'semicolon' | 'tab' | 'pipe'> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

/** How the file was read (encoding, separator), with the choice to read it otherwise. */
export function FileSettings({ state }: { state: CsvSourceState }) {
  const { t } = useTranslation();
  const source = state.source!;
  const { decoded, parsed } = source;
  const encodings = [
    { value: 'auto', label: t('csvImport.file.auto') },
    { value: 'utf-8', label: encodingName['utf-8'] },
    { value: 'windows-1252', label: encodingName['windows-1252'] },
  ];
  const delimiters = [
    { value: 'auto', label: t('csvImport.file.auto') },
    ...CSV_DELIMITERS.map((d) => ({ value: d, label: t(`csvImport.file.delimiters.${delimiterName[d]}`) })),
  ];
  return (
    <section className="csv-import__file" aria-label={source.name}>
      <p>
        {t('csvImport.file.summary', {
          name: source.name, count: parsed.rows.length,
          delimiter: t(`csvImport.file.delimiters.${delimiterName[parsed.delimiter]}`), encoding: encodingName[decoded.encoding],
        })}
      </p>
      <div className="csv-import__settings">
        <SelectField label={t('csvImport.file.encoding')} options={encodings} value={source.encoding}
          onChange={(e) => state.setEncoding(e.target.value as EncodingChoice)} />
        <SelectField label={t('csvImport.file.delimiter')} options={delimiters} value={source.delimiter}
          onChange={(e) => state.setDelimiter(e.target.value as DelimiterChoice)} />
      </div>
      {state.isRereading && <p role="status">{t('csvImport.choose.reading')}</p>}
      {state.failure && <p role="alert" className="field__error">{t('csvImport.file.rereadFailed', { message: state.failure })}</p>}
      {decoded.isFallback && <p className="form-warnings" role="status">{t('csvImport.file.fallback')}</p>}
      {!parsed.isDelimiterDetected && <p className="form-warnings">{t('csvImport.file.noDelimiter')}</p>}
    </section>
  );
}
