import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { CsvImportDialog } from './pages/csv-import-dialog';
import { EvidencePage } from './pages/evidence-page';
import { spreadsheetCsv } from '../../bench/csv-import/generate';

/** What Spanish Excel saves: BOM, semicolons, CRLF, dd/mm/yyyy, a quoted newline, a row without a title carrying a formula. */
const spanishCsv = Buffer.concat([
  Buffer.from([0xef, 0xbb, 0xbf]),
  Buffer.from(
    [
      'Título;Plataforma;Enlace;Cuenta;Fecha de captura;Descripción;Tipo;Sensibilidad;Etiquetas',
      'Respuesta de Grok;X;https://x.com/grok/status/1875550000000000001;@grok;05/01/2026 21:15;"Imagen generada a petición;\r\ncon ""desnudo"" en el texto";Publicación;Restringida;Hot',
      '',
      'Vídeo reenviado del niño;TikTok;https://www.tiktok.com/@cuenta/video/7300000000000000002;@cuenta;17/01/2026 08:05;=2+3 queda como texto;Vídeo;;',
      ';Telegram;https://t.me/canal/3;@canal;18/01/2026 10:00;"=HYPERLINK(""http://evil.example"",""clic"")";Chat;Normal;',
      'Notificación a la plataforma;Meta/Facebook;;;20/01/2026 09:30;Aviso de retirada;Documento;Confidencial;',
    ].join('\r\n') + '\r\n',
    'utf8',
  ),
]);

test('a Spanish Excel CSV is mapped, previewed, imported in one go, and its rejected row reported', async ({ page }) => {
  test.setTimeout(120_000); // a long journey on a shared 2-core machine
  const evidence = new EvidencePage(page);
  await evidence.openNewCase('Import case');
  const wizard = new CsvImportDialog(page);
  await wizard.open();
  await wizard.choose('pruebas.csv', spanishCsv);

  await expect(wizard.dialog).toContainText('“pruebas.csv”: 4 rows, separated by semicolons, read as UTF-8.');
  await expect(wizard.fieldFor('Título')).toHaveValue('title');
  await expect(wizard.fieldFor('Enlace')).toHaveValue('sourceUrl');
  await expect(wizard.fieldFor('Fecha de captura')).toHaveValue('capturedAt');
  await expect(wizard.fieldFor('Descripción')).toHaveValue('description');
  await expect(wizard.fieldFor('Etiquetas')).toHaveValue('');
  await expect(wizard.dialog.getByLabel('Date format')).toHaveValue('dmy');
  await expect(wizard.dialog.getByLabel('Capture time zone')).toHaveValue('Europe/Madrid');

  // The preview shows what will be stored: exhibit numbers to come, UTC instants, kinds and sensitivities.
  await expect(wizard.previewRow(2)).toContainText('E-0001');
  await expect(wizard.previewRow(2)).toContainText('2026-01-05T20:15:00.000Z');
  await expect(wizard.previewRow(2)).toContainText('Restricted');
  await expect(wizard.previewRow(2)).toContainText('con "desnudo" en el texto');
  await expect(wizard.previewRow(4)).toContainText('E-0002');
  await expect(wizard.previewRow(5)).toContainText('Not imported');
  await expect(wizard.previewRow(5)).toContainText('Title: This field is required.');
  await expect(wizard.previewRow(6)).toContainText('E-0003');
  await expect(wizard.summary).toHaveText('4 rows: 3 ready, 1 with errors, 0 likely duplicates.');
  await wizard.dialog.screenshot({ path: test.info().outputPath('csv-import-mapping.png') });
  await wizard.summary.scrollIntoViewIfNeeded();
  await wizard.dialog.screenshot({ path: test.info().outputPath('csv-import-preview.png') });

  // Ignoring the title column is flagged at once and blocks the import; choosing it again restores it.
  await wizard.fieldFor('Título').selectOption('');
  await expect(wizard.dialog.getByRole('alert')).toContainText('No column is mapped to Title');
  await expect(wizard.dialog.getByRole('button', { name: 'Continue' })).toBeDisabled();
  await wizard.fieldFor('Título').selectOption('title');

  await wizard.dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(wizard.dialog).toContainText('3 items will be registered as E-0001 to E-0003.');
  await expect(wizard.dialog).toContainText('1 row has errors and will not be imported');
  await expect(wizard.dialog.getByRole('button', { name: 'Download the rows that will not be imported (CSV), to fix them first' })).toBeVisible();
  await wizard.dialog.screenshot({ path: test.info().outputPath('csv-import-confirm.png') });
  await wizard.dialog.getByRole('button', { name: 'Import 3 items' }).click();
  await expect(wizard.dialog.getByRole('region', { name: '4. Result' })).toContainText('3 items imported: E-0001 to E-0003.');

  const download = page.waitForEvent('download');
  await wizard.dialog.getByRole('button', { name: 'Download the report of rows not imported (CSV)' }).click();
  const report = await readFile(await (await download).path(), 'utf8');
  expect(report.startsWith('\uFEFF')).toBe(true);
  const lines = report.slice(1).split('\r\n');
  expect(lines[0]).toBe('"Row in the file","Why it was not imported","Título","Plataforma","Enlace","Cuenta","Fecha de captura","Descripción","Tipo","Sensibilidad","Etiquetas"');
  expect(lines[1]).toBe('"5","Title: This field is required.","","Telegram","https://t.me/canal/3","\'@canal","18/01/2026 10:00","\'=HYPERLINK(""http://evil.example"",""clic"")","Chat","Normal",""');
  expect(lines).toHaveLength(3);

  await wizard.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(wizard.dialog).toBeHidden();
  await expect(evidence.row('E-0001')).toContainText('Respuesta de Grok');
  await expect(evidence.row('E-0002')).toContainText('Vídeo reenviado del niño');
  await expect(evidence.row('E-0003')).toContainText('Notificación a la plataforma');
  await evidence.open('E-0002');
  await expect(evidence.detail).toContainText('=2+3 queda como texto');
  await expect(evidence.detail).toContainText('(Europe/Madrid)');
  await expect(evidence.detail).toContainText('https://www.tiktok.com/@cuenta/video/7300000000000000002');

  // The search index follows the write: accents folded, the imported item is found.
  await page.getByRole('searchbox', { name: 'Search evidence' }).fill('nino');
  await expect(evidence.register.getByRole('row')).toHaveCount(2); // header + the one hit
  await expect(evidence.row('E-0002')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search evidence' }).fill('');

  await page.getByRole('button', { name: 'Verify integrity' }).click();
  // case.create + 3 registrations + the import record
  await expect(page.getByRole('status').filter({ hasText: 'Intact' })).toContainText('Intact: 5 audit entries');

  // The same file again: every row is seen as a likely duplicate, and nothing is doubled by default.
  await wizard.open();
  await wizard.choose('pruebas.csv', spanishCsv);
  await expect(wizard.summary).toHaveText('4 rows: 3 ready, 1 with errors, 3 likely duplicates.');
  await expect(wizard.previewRow(2)).toContainText('Likely a duplicate of E-0001');
  await wizard.dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(wizard.dialog).toContainText('3 rows look like items already in the case');
  await expect(wizard.dialog.getByRole('button', { name: 'Import 0 items' })).toBeDisabled();
  await wizard.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(evidence.register.getByRole('row')).toHaveCount(4);
});

test('a Windows-1252 file is read as such, and switching the encoding changes the preview', async ({ page }) => {
  const evidence = new EvidencePage(page);
  await evidence.openNewCase('Encoding case');
  const wizard = new CsvImportDialog(page);
  await wizard.open();
  await wizard.choose('old-excel.csv', Buffer.from('Title,Account\r\nFoto del niño,Müller\r\n', 'latin1'));
  await expect(wizard.dialog).toContainText('read as Windows-1252');
  await expect(wizard.dialog.getByText('This file is not valid UTF-8')).toBeVisible();
  await expect(wizard.previewRow(2)).toContainText('Foto del niño');
  await expect(wizard.previewRow(2)).toContainText('Müller');
  await wizard.dialog.getByLabel('Encoding').selectOption('utf-8');
  await expect(wizard.previewRow(2)).toContainText('Foto del ni\uFFFDo');
  await wizard.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No evidence registered yet')).toBeVisible(); // cancelled: nothing written
});

test('a CSV of several megabytes is read in pieces and previewed like a small one', async ({ page }) => {
  test.setTimeout(120_000);
  const evidence = new EvidencePage(page);
  await evidence.openNewCase('Large import case');
  const wizard = new CsvImportDialog(page);
  await wizard.open();
  const bytes = Buffer.from(spreadsheetCsv(30_000)); // ~7 MB: more than one 4 MB piece
  await wizard.choose('grande.csv', bytes);
  await expect(wizard.dialog).toContainText('“grande.csv”: 30000 rows, separated by semicolons, read as UTF-8.');
  await expect(wizard.fieldFor('Título')).toHaveValue('title');
  await expect(wizard.fieldFor('Descripción')).toHaveValue('description');
  await expect(wizard.previewRow(2)).toContainText('Prueba 1 de la cuenta 1');
  await expect(wizard.summary).toContainText('30000 rows:');
});
