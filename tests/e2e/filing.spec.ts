import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { AppPage } from './pages/app-page';
import { ArgumentsPage } from './pages/arguments-page';
import { ChronologyPage } from './pages/chronology-page';
import { EvidencePage } from './pages/evidence-page';
import { FilingPage } from './pages/filing-page';
import { PartiesPage } from './pages/parties-page';
import { findMarkerInStorage } from './support/indexeddb';

const VICTIM = 'Lucía Fernández';
const HEADING = `X is liable for the deepfake of ${VICTIM}`;
const SHOWN_HEADING = 'X is liable for the deepfake of V-1';
const EXHIBIT_NOTE = 'Exhibit E-0001, “Grok reply generating the image”.';

/** A case with a protected victim, the platform, exhibit E-0001, Fact 1 and one argument naming the victim and citing both. */
async function caseWithArgument(page: Page): Promise<PartiesPage> {
  const app = new AppPage(page);
  await app.open();
  await app.createCase({ title: 'Doe v X Corp', shortName: 'Doe v X', reference: 'DP 123/2026', court: 'Juzgado Central de Instrucción nº 5' });
  const nav = new PartiesPage(page);
  await nav.goTo('Parties');
  await nav.add({ name: VICTIM, role: 'Victim', kind: 'Person', isProtected: true });
  await nav.add({ name: 'X', role: 'Platform (defendant)', kind: 'Company', legalEntityName: 'X Internet Unlimited Company' });
  await nav.goTo('Evidence');
  await new EvidencePage(page).registerByTitle('Grok reply generating the image');
  await nav.goTo('Chronology');
  await new ChronologyPage(page).add({ precision: 'Day', day: '2026-01-05', text: 'Grok generates the image on request.' });
  await nav.goTo('Arguments');
  const args = new ArgumentsPage(page);
  await args.add(HEADING, 'Sexual deepfake liability');
  // A partly verified catalogue row: the filing must say "verify before filing".
  await args.addLegalBasis(/^Art\. 35 DSA/, '(1)(c)');
  await args.save();
  await args.editor(HEADING).click();
  await page.keyboard.type(`${VICTIM} never consented. The reply [E-0`);
  await page.keyboard.press('Enter');
  await page.keyboard.type('shows it; see [fact 1');
  await page.keyboard.press('Enter');
  await args.argument(HEADING).getByRole('button', { name: 'Save text' }).click();
  await expect(args.argument(HEADING).getByText('Saved', { exact: true })).toBeVisible();
  return nav;
}

/** HTML as text, entities back to characters. */
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").trim();

async function pdfLinkCount(bytes: Uint8Array): Promise<number> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  let links = 0;
  for (let i = 1; i <= pdf.numPages; i++) links += (await (await pdf.getPage(i)).getAnnotations()).filter((a) => a.subtype === 'Link').length;
  return links;
}

test('a filing is exported as PDF and DOCX: numbered, footnoted, the victim only as V-1, no links unless allowed, and recorded', async ({ page }) => {
  test.setTimeout(240_000);
  const nav = await caseWithArgument(page);
  await nav.goTo('Filing');
  const filing = new FilingPage(page);

  // Defaults: the case's court, reference and language; the victim only by pseudonym, on the whole screen.
  await expect(page.getByLabel('Court or authority')).toHaveValue('Juzgado Central de Instrucción nº 5');
  await expect(page.getByLabel('Reference', { exact: true })).toHaveValue('DP 123/2026');
  await expect(page.getByLabel('Language of the document')).toHaveValue('en');
  await expect(page.getByLabel('Title')).toHaveAttribute('placeholder', 'Complaint');
  await expect(filing.parties.getByRole('checkbox', { name: /^V-1/ })).toBeChecked();
  await expect(filing.parties).toContainText('protected — shown as V-1');
  await expect(filing.grounds.getByRole('checkbox', { name: SHOWN_HEADING })).toBeChecked();
  await expect(page.getByLabel('Links allowed in the document')).not.toBeChecked();
  await expect(page.locator('body')).not.toContainText('Lucía');
  await expect(page.locator('body')).not.toContainText('Fernández');

  // The summary: facts section (1), legal basis (2), the argument's text (3); three notes; one authority.
  await expect(filing.count('Numbered paragraphs')).toHaveText('3');
  await expect(filing.count('Footnotes')).toHaveText('3');
  await expect(filing.count('Authorities in the table')).toHaveText('1');
  await expect(filing.warnings.getByRole('listitem')).toHaveCount(1);
  await expect(filing.warnings).toContainText('Verify before filing');
  await expect(filing.warnings).toContainText(/Art\. 35 DSA: the catalogue marks it .* — verify before filing\./);
  await expect(filing.summary).toContainText(/Complaint - Doe v X - \d{4}-\d{2}-\d{2}/);

  await page.getByLabel('Introduction').fill(`This complaint is brought on behalf of ${VICTIM}.`);
  await page.getByLabel('Place').fill('Madrid');
  await page.getByLabel('Name', { exact: true }).fill('Ana Núñez');
  await page.getByLabel('Bar number').fill('ICAM 12345');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: test.info().outputPath('filing.png'), fullPage: true });

  // PDF, read back by pdftotext and pdf.js.
  const pdf = await filing.export('PDF');
  expect(pdf.name).toMatch(/^Complaint - Doe v X - \d{4}-\d{2}-\d{2}\.pdf$/);
  await expect(filing.result).toContainText(pdf.name);
  await expect(filing.result).toContainText(pdf.sha256);
  await page.screenshot({ path: test.info().outputPath('filing-saved.png') });
  const info = execFileSync('pdfinfo', [pdf.path], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(pages).toBeGreaterThan(0);
  await expect(filing.result.locator('div').filter({ hasText: 'Pages' }).locator('dd')).toHaveText(String(pages));
  expect(info).not.toMatch(/Lucía|Fernández/);
  const printed = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' });
  for (const n of [1, 2, 3]) expect(printed).toMatch(new RegExp(`^\\s*${n}\\.\\s+\\S`, 'm'));
  expect(printed).toContain('V-1 never consented');
  expect(printed).toContain('on behalf of V-1');
  expect(printed).toContain(EXHIBIT_NOTE);
  expect(printed).not.toMatch(/Lucía|Fernández/);
  expect(await pdfLinkCount(pdf.bytes)).toBe(0);

  const history = page.getByRole('table', { name: 'Exports of this case' });
  await expect(history.getByRole('row').filter({ hasText: pdf.sha256 })).toContainText('Filing document (PDF)');
  const pdfAudit = await findMarkerInStorage(page, pdf.sha256);
  expect(pdfAudit.filter((where) => /^auditEntries\[\d+\]\.summary$/.test(where))).toHaveLength(1);

  // DOCX, read back by mammoth; its XML holds no hyperlink.
  const docx = await filing.export('DOCX');
  expect(docx.name).toMatch(/^Complaint - Doe v X - \d{4}-\d{2}-\d{2}\.docx$/);
  await expect(filing.result).toContainText(docx.sha256);
  // Word numbers the paragraphs itself (a list); mammoth shows them as list items and the notes as items with an id.
  const html = (await mammoth.convertToHtml({ buffer: docx.bytes })).value;
  const items = [...html.matchAll(/<li( id="footnote-\d+")?>(.*?)<\/li>/g)];
  const paragraphs = items.filter((m) => !m[1]).map((m) => text(m[2]!));
  const notes = items.filter((m) => m[1]).map((m) => text(m[2]!));
  expect(paragraphs).toHaveLength(3);
  expect(paragraphs[0]).toContain('Grok generates the image on request.');
  expect(paragraphs[1]).toContain('Legal basis: Art. 35 DSA (1)(c)');
  expect(paragraphs[2]).toContain('V-1 never consented. The reply');
  expect(notes).toHaveLength(3);
  expect(notes[1]).toContain(EXHIBIT_NOTE);
  expect(html).toContain('on behalf of V-1');
  expect(html).not.toMatch(/Lucía|Fernández/);
  expect(html).not.toMatch(/<a href="(?!#footnote)/); // mammoth links its own note marks, nothing else
  const xml = ['word/document.xml', 'word/footnotes.xml'].map((part) => execFileSync('unzip', ['-p', docx.path, part], { encoding: 'utf8' })).join('');
  expect(xml).not.toContain('<w:hyperlink');
  expect(xml).not.toMatch(/Lucía|Fernández/);
  await expect(history.getByRole('row').filter({ hasText: docx.sha256 })).toContainText('Filing document (DOCX)');

  // With links allowed, the same filing does carry links: the check above can fail.
  await page.getByLabel('Links allowed in the document').check();
  const linked = await filing.export('PDF');
  expect(await pdfLinkCount(linked.bytes)).toBeGreaterThan(0);

  // The next filing starts from the last one's choices.
  await page.reload();
  await expect(page.getByLabel('Place')).toHaveValue('Madrid');
  await expect(page.getByLabel('Bar number')).toHaveValue('ICAM 12345');
  await expect(page.getByLabel('Links allowed in the document')).toBeChecked();
  await expect(history.getByRole('row')).toHaveCount(4);
});

test('arguments are reordered from the keyboard and unticked ones leave the filing; an invalid date is refused and nothing is exported', async ({ page }) => {
  test.setTimeout(180_000);
  const nav = await caseWithArgument(page);
  const args = new ArgumentsPage(page);
  await args.add('X failed to act on the notice', 'Platform duties under the DSA');
  await args.save();
  await nav.goTo('Filing');
  const filing = new FilingPage(page);

  await expect(filing.grounds.getByRole('checkbox')).toHaveCount(2);
  await filing.grounds.getByRole('button', { name: 'Move X failed to act on the notice up' }).focus();
  await page.keyboard.press('Enter');
  await expect(filing.grounds.getByRole('listitem').first()).toContainText('X failed to act on the notice');
  // The keyboard stays on the moved row.
  await expect(filing.grounds.getByRole('button', { name: 'Move X failed to act on the notice down' })).toBeFocused();
  // An argument with no text and no elements is a heading only: the summary says so.
  await expect(filing.warnings).toContainText('Argument without text');
  await filing.grounds.getByRole('checkbox', { name: 'X failed to act on the notice' }).uncheck();
  await expect(filing.warnings).not.toContainText('Argument without text');
  await filing.grounds.getByRole('checkbox', { name: SHOWN_HEADING }).uncheck();
  await expect(filing.warnings).toContainText('No legal grounds');
  await expect(filing.count('Numbered paragraphs')).toHaveText('0');

  // A bad date is refused on its field, and nothing is exported.
  await page.getByLabel('Date').fill('');
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByLabel('Date')).toHaveAccessibleDescription('Enter the date of the filing.');
  await expect(page.getByRole('alert')).toContainText('Some fields need attention before exporting.');
  await expect(page.getByRole('table', { name: 'Exports of this case' })).toHaveCount(0);

  // The screen speaks Spanish too, the field's error included.
  await page.getByLabel('Language', { exact: true }).selectOption('es');
  await expect(page.getByRole('button', { name: 'Exportar PDF' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Fundamentos de derecho' })).toBeVisible();
  await expect(page.getByLabel('Fecha')).toHaveAccessibleDescription('Indique la fecha del escrito.');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: test.info().outputPath('filing-es.png'), fullPage: true });
});
