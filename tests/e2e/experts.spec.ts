import { expect, test } from '@playwright/test';
import { EvidencePage } from './pages/evidence-page';
import { ChronologyPage } from './pages/chronology-page';
import { ExpertsPage } from './pages/experts-page';
import { PartiesPage } from './pages/parties-page';

const MINIMAL_PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');

/** A case with an expert, a protected victim, exhibit E-0001 and Fact 1 to link to. */
async function caseWithExpertAndEvidence(parties: PartiesPage, title: string): Promise<void> {
  const page = parties.page;
  await parties.openNewCase(title);
  await parties.add({ name: 'Dr Ana Ruiz', role: 'Expert', kind: 'Person' });
  await parties.add({ name: 'Lucía Fernández', role: 'Victim', isProtected: true });
  await parties.goTo('Evidence');
  await new EvidencePage(page).registerByTitle('Grok reply generating the image');
  await parties.goTo('Chronology');
  await new ChronologyPage(page).add({ precision: 'Day', day: '2026-01-05', text: 'Grok generates the image.' });
  await parties.goTo('Expert reports');
}

test('an expert report with linked findings, its PD35 checklist and signed PDF survive a reload', async ({ page }) => {
  const parties = new PartiesPage(page);
  const experts = new ExpertsPage(page);
  await caseWithExpertAndEvidence(parties, 'Doe v X Corp');
  await expect(page.getByRole('heading', { name: 'No expert reports yet' })).toBeVisible();

  await page.getByRole('button', { name: 'Add expert report' }).click();
  // Only parties with the expert role can be chosen; a protected victim is never offered (nor named).
  await expect(experts.dialog.getByLabel('Expert', { exact: true }).getByRole('option')).toHaveText(['— None yet —', 'Dr Ana Ruiz']);
  await experts.fill({
    title: 'Forensic analysis of synthetic imagery', expert: 'Dr Ana Ruiz', date: '2026-03-01', qualifications: 'PhD in image forensics',
    instructions: [{ date: '2026-01-20', text: 'Determine whether the image in E-0001 is AI-generated.' }],
    conclusions: 'The image is AI-generated.',
    findings: [
      { text: 'Diffusion artefacts are present.', exhibits: [{ exhibitNo: 'E-0001', pinpoint: 'p. 2' }], facts: 'Fact 1' },
      { text: 'No camera sensor noise.', exhibits: [{ exhibitNo: 'e-0001', pinpoint: '' }], facts: '1' },
    ],
  });
  // An unknown fact number is refused on its own field, not dropped.
  await experts.finding(2).getByLabel('Facts it rests on').fill('Fact 1, Fact 9');
  await experts.dialog.getByRole('button', { name: 'Add report' }).click();
  await expect(experts.finding(2).getByLabel('Facts it rests on')).toHaveAccessibleDescription(/No fact with the number 9/);
  await experts.finding(2).getByLabel('Facts it rests on').fill('Fact 1');
  // Reorder: the second finding goes first.
  await experts.dialog.getByRole('button', { name: 'Move finding 2 up' }).click();
  await expect(experts.finding(1).getByLabel('Finding', { exact: true })).toHaveValue('No camera sensor noise.');
  await experts.dialog.getByRole('button', { name: 'Add report' }).click();
  await expect(experts.dialog).toBeHidden();

  const title = 'Forensic analysis of synthetic imagery';
  await expect(experts.row(title)).toContainText('Dr Ana Ruiz');
  await expect(experts.row(title)).toContainText('1 March 2026');
  await expect(experts.row(title)).toContainText('3 of 9 complete');
  const report = experts.report(title);
  await expect(report.getByRole('listitem').filter({ hasText: 'Diffusion artefacts' })).toContainText('E-0001 (p. 2)');
  await expect(report.getByRole('listitem').filter({ hasText: 'Diffusion artefacts' })).toContainText('Fact 1');
  await expect(report.getByRole('link', { name: 'E-0001', exact: true })).toBeVisible();

  // The checklist says what is missing, in words.
  await expect(experts.checklistRow('Qualifications')).toContainText('Complete');
  await expect(experts.checklistRow('Range of opinion')).toContainText('Missing');
  await expect(experts.checklistRow('Statement of truth')).toContainText('Missing');
  await expect(report.getByRole('status').filter({ hasText: 'Missing:' })).toHaveText(
    '3 of 9 complete. Missing: Literature relied on; Facts within the expert’s own knowledge (and which they are); '
    + 'Who carried out tests or experiments; Range of opinion; Statement of understanding of the duty to the court; Statement of truth.');
  // click, not check(): the box follows the stored mark, which arrives a moment after the write.
  await report.getByRole('checkbox', { name: 'Statement of truth: present in the report' }).click();
  await expect(report.getByRole('checkbox', { name: 'Statement of truth: present in the report' })).toBeChecked();
  await report.getByRole('checkbox', { name: 'Literature relied on: not applicable' }).click();
  await expect(report.getByRole('checkbox', { name: 'Literature relied on: not applicable' })).toBeChecked();
  await expect(experts.checklistRow('Statement of truth')).toContainText('Complete');
  await expect(experts.checklistRow('Literature relied on')).toContainText('Not applicable');
  await expect(experts.row(title)).toContainText('4 of 8 complete');
  await expect(experts.row(title)).toContainText('1 not applicable');

  // A file that is not a PDF by its content is refused; the minimal PDF is stored and hashed.
  await report.getByLabel('Attach signed PDF').setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('plain text, not a PDF') });
  await expect(report.getByRole('alert')).toContainText('is not a PDF');
  await report.getByLabel('Attach signed PDF').setInputFiles({ name: 'signed-report.pdf', mimeType: 'application/pdf', buffer: MINIMAL_PDF });
  await expect(report).toContainText('signed-report.pdf');
  await expect(report.getByLabel('Replace signed PDF')).toBeVisible();

  await page.screenshot({ path: 'test-results/e2e/experts-report.png', fullPage: true });

  await page.reload();
  await expect(experts.row(title)).toContainText('4 of 8 complete');
  await experts.row(title).getByRole('button', { name: `Open ${title}` }).click();
  await expect(experts.checklistRow('Literature relied on')).toContainText('Not applicable');
  await expect(experts.checklistRow('Statement of truth')).toContainText('Complete');
  await expect(experts.report(title)).toContainText('signed-report.pdf');
  await expect(experts.report(title).getByRole('list', { name: 'Findings' }).getByRole('listitem').first()).toContainText('No camera sensor noise.');
  await expect(experts.report(title)).toContainText('Determine whether the image in E-0001 is AI-generated.');

  // Editing shows the links by number, and filling the range of opinion ticks its item.
  await experts.row(title).getByRole('button', { name: `Edit ${title}` }).click();
  await expect(experts.finding(2).getByLabel('Exhibit number')).toHaveValue('E-0001');
  await expect(experts.finding(2).getByLabel('Facts it rests on')).toHaveValue('Fact 1');
  await experts.dialog.getByLabel('Range of opinion').fill('Other experts would agree.');
  await experts.dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(experts.dialog).toBeHidden();
  await expect(experts.row(title)).toContainText('5 of 8 complete');

  // The last three items are in the signed PDF only: ticking them completes the checklist.
  await experts.row(title).getByRole('button', { name: `Open ${title}` }).click();
  const opened = experts.report(title);
  for (const item of ['Facts within the expert’s own knowledge (and which they are)', 'Who carried out tests or experiments', 'Statement of understanding of the duty to the court']) {
    await opened.getByRole('checkbox', { name: `${item}: present in the report` }).click();
    await expect(opened.getByRole('checkbox', { name: `${item}: present in the report` })).toBeChecked();
  }
  await expect(experts.row(title)).toContainText('8 of 8 complete');
  await expect(opened.getByRole('status').filter({ hasText: 'Nothing missing' })).toBeVisible();

  // The signed PDF can be taken out as an exact copy.
  const download = page.waitForEvent('download');
  await opened.getByRole('button', { name: 'Save a copy…' }).click();
  expect(await (await download).createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  })).toEqual(MINIMAL_PDF);

  await experts.row(title).getByRole('button', { name: `Archive ${title}` }).click();
  await expect(experts.table).toHaveCount(0);
  await page.getByLabel('Show archived reports').check();
  await experts.row(title).getByRole('button', { name: `Restore ${title}` }).click();
  await page.getByLabel('Show archived reports').uncheck();
  await expect(experts.row(title)).toBeVisible();
});

test('expert reports speak Spanish', async ({ page }) => {
  const parties = new PartiesPage(page);
  const experts = new ExpertsPage(page);
  await parties.openNewCase('Pérez c. X Corp');
  await parties.add({ name: 'Dra. Marta Gil', role: 'Expert' });
  await parties.goTo('Expert reports');
  await experts.add({ title: 'Análisis forense', expert: 'Dra. Marta Gil', conclusions: 'La imagen es sintética.' });
  await page.getByLabel('Language').selectOption('es');
  await expect(page.getByRole('heading', { level: 2, name: 'Informes periciales' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Informes periciales del caso' });
  await expect(table.getByRole('columnheader', { name: 'Perito' })).toBeVisible();
  await expect(table).toContainText('1 de 9 completos');
  const checklist = page.getByRole('table', { name: 'Lista de comprobación (CPR PD35, apdo. 3.2)' });
  await expect(checklist.getByRole('rowheader', { name: 'Conclusiones', exact: true })).toBeVisible();
  await expect(checklist.getByRole('rowheader', { name: 'Declaración de veracidad' })).toBeVisible();
  await expect(checklist).toContainText('Falta');
  await expect(page.getByLabel('Adjuntar PDF firmado')).toBeVisible();
});
