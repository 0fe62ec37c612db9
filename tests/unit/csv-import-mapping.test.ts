import { describe, expect, it } from 'vitest';
import { fieldForHeader, kindFromText, sensitivityFromText } from '@shared/import/import-fields';
import { isAmbiguousDate, parseDateCell, suggestDateFormat } from '@shared/import/import-dates';
import { assignColumn, suggestMapping, unmappedRequiredFields } from '@shared/import/import-mapping';
import { parseCsv } from '@shared/import/parse-csv';
import { spanishExcel } from './csv-import-fixtures';

describe('suggesting a mapping', () => {
  it('knows English and Spanish header names, ignoring case, accents and "(UTC)"', () => {
    expect(fieldForHeader('Platform')).toBe('platform');
    expect(fieldForHeader('PLATAFORMA')).toBe('platform');
    expect(fieldForHeader('Captured at')).toBe('capturedAt');
    expect(fieldForHeader('Fecha de captura')).toBe('capturedAt');
    expect(fieldForHeader('Captured (UTC)')).toBe('capturedAt'); // the app's own CSV export
    expect(fieldForHeader('URL')).toBe('sourceUrl');
    expect(fieldForHeader('Enlace')).toBe('sourceUrl');
    expect(fieldForHeader('descripcion')).toBe('description');
    expect(fieldForHeader(' Descripción ')).toBe('description');
    expect(fieldForHeader('Cuenta')).toBe('account');
    expect(fieldForHeader('Account')).toBe('account');
    expect(fieldForHeader('Etiquetas')).toBeNull();
  });

  it('maps the Spanish Excel file, leaves unknown columns out and flags a missing title column', () => {
    const mapping = suggestMapping(parseCsv(spanishExcel), 'Europe/Madrid');
    expect(mapping.columns).toEqual(['title', 'platform', 'sourceUrl', 'account', 'capturedAt', 'description', 'kind', 'sensitivity', null]);
    expect(mapping).toMatchObject({ dateFormat: 'dmy', isDateFormatGuess: false, timeZone: 'Europe/Madrid' });
    expect(unmappedRequiredFields(mapping)).toEqual([]);
    expect(unmappedRequiredFields(assignColumn(mapping, 0, null))).toEqual(['title']);
  });

  it('gives each field one column: choosing it elsewhere takes it off the first', () => {
    const mapping = suggestMapping(parseCsv('Title,Name,Platform\na,b,c\n'), 'UTC');
    expect(mapping.columns).toEqual(['title', null, 'platform']);
    expect(assignColumn(mapping, 1, 'title').columns).toEqual([null, 'title', 'platform']);
  });

  it('reads kinds and sensitivities in either language', () => {
    expect(kindFromText('Vídeo')).toBe('video');
    expect(kindFromText('platform-response')).toBe('platform-response');
    expect(kindFromText('Captura de pantalla')).toBe('screenshot');
    expect(kindFromText('hologram')).toBeNull();
    expect(sensitivityFromText('RESTRINGIDA')).toBe('restricted');
    expect(sensitivityFromText('Withheld')).toBe('withheld');
  });
});

describe('dates in a file', () => {
  it('suggests the format from values that can only be read one way', () => {
    expect(suggestDateFormat(['05/01/2026', '17/01/2026'])).toEqual({ format: 'dmy', isGuess: false });
    expect(suggestDateFormat(['01/17/2026 9:15 PM'])).toEqual({ format: 'mdy', isGuess: false });
    expect(suggestDateFormat(['2026-01-05T21:15'])).toEqual({ format: 'iso', isGuess: false });
    expect(suggestDateFormat(['05/01/2026', '06/02/2026'])).toEqual({ format: 'dmy', isGuess: true });
    expect(suggestDateFormat(['05/01/2026'], 'mdy')).toEqual({ format: 'mdy', isGuess: true });
    expect(isAmbiguousDate('05/01/2026')).toBe(true);
    expect(isAmbiguousDate('17/01/2026')).toBe(false);
    expect(isAmbiguousDate('01/01/2026')).toBe(false);
  });

  it('reads each format as the wall time the form would hold', () => {
    expect(parseDateCell('05/01/2026 21:15', 'dmy', 'UTC')).toEqual({ status: 'ok', wallTime: '2026-01-05T21:15', hasTime: true });
    expect(parseDateCell('05/01/2026 9:15 pm', 'mdy', 'UTC')).toEqual({ status: 'ok', wallTime: '2026-05-01T21:15', hasTime: true });
    expect(parseDateCell('12/01/2026 12:30 AM', 'mdy', 'UTC')).toMatchObject({ wallTime: '2026-12-01T00:30' });
    expect(parseDateCell('2026-01-05', 'dmy', 'UTC')).toEqual({ status: 'ok', wallTime: '2026-01-05T00:00', hasTime: false });
    expect(parseDateCell('2026-01-05 21:15:30', 'iso', 'UTC')).toMatchObject({ wallTime: '2026-01-05T21:15:30' });
    // A cell with its own offset is an instant, shown in the capture zone.
    expect(parseDateCell('2026-01-05T20:15:00Z', 'iso', 'Europe/Madrid')).toMatchObject({ wallTime: '2026-01-05T21:15' });
    expect(parseDateCell('05/01/2026', 'iso', 'UTC')).toEqual({ status: 'invalid' });
    expect(parseDateCell('yesterday', 'dmy', 'UTC')).toEqual({ status: 'invalid' });
  });
});
