import { expect, test } from '@playwright/test';
import { ArgumentsPage } from './pages/arguments-page';
import { CaseSearch } from './pages/case-search';
import { ChronologyPage } from './pages/chronology-page';
import { EvidencePage } from './pages/evidence-page';
import { ExpertsPage } from './pages/experts-page';
import { PartiesPage } from './pages/parties-page';

// The case is built through the UI first; on a loaded machine that alone takes a while.
test.describe.configure({ timeout: 150_000 });

test('case-wide search finds a fact, an expert finding and an argument typed with accents, marks the words and opens the record', async ({ page }) => {
  const nav = new PartiesPage(page);
  await nav.openNewCase('Pérez c. X Corp');
  await nav.goTo('Evidence');
  await new EvidencePage(page).registerByTitle('Captura del perfil falso');
  await nav.goTo('Chronology');
  await new ChronologyPage(page).add({ precision: 'Day', day: '2026-01-05', text: 'El niño recibió el montaje desde Łódź por mensaje directo.' });
  await nav.goTo('Expert reports');
  await new ExpertsPage(page).add({ title: 'Informe pericial forense', findings: [{ text: 'La imagen es un montaje generado por inteligencia artificial; el niño es identificable.' }] });
  await nav.goTo('Arguments');
  const args = new ArgumentsPage(page);
  await args.add('Responsabilidad de la plataforma', 'Other');
  await args.save();
  await args.editor('Responsabilidad de la plataforma').click();
  await page.keyboard.type('La difusión del montaje vulneró la protección del niño.');
  await args.argument('Responsabilidad de la plataforma').getByRole('button', { name: 'Save text' }).click();

  // Ctrl+K from any screen; typed without accents.
  const search = new CaseSearch(page);
  await search.open();
  await search.search('nino');
  await expect(search.group('Facts')).toContainText('Fact 1');
  await expect(search.group('Facts')).toContainText('5 Jan 2026');
  await expect(search.group('Expert findings')).toContainText('Finding 1');
  await expect(search.group('Expert findings')).toContainText('Informe pericial forense');
  await expect(search.group('Arguments')).toContainText('Responsabilidad de la plataforma');
  await expect(search.group('Evidence')).toHaveCount(0);
  for (const kind of ['Facts', 'Expert findings', 'Arguments']) await expect(search.group(kind).locator('mark').first()).toHaveText('niño');
  await search.dialog.screenshot({ path: test.info().outputPath('case-search-results.png') });

  // The other folded letters, prefixes and phrases behave as in the register.
  await search.search('lodz');
  await expect(search.group('Facts').locator('mark')).toHaveText('Łódź');
  await search.search('difus');
  await expect(search.results.getByRole('option')).toHaveCount(1);
  await expect(search.group('Arguments').locator('mark')).toHaveText('difusión');
  await search.search('"montaje generado"');
  await expect(search.results.getByRole('option')).toHaveCount(1);
  await expect(search.group('Expert findings')).toBeVisible();

  // Arrows choose, Enter opens: the fact opens in the chronology.
  await search.search('nino');
  await expect(search.results.getByRole('option')).toHaveCount(3);
  await expect(search.results.getByRole('option', { selected: true })).toContainText('Fact 1');
  await search.box.press('Enter');
  await expect(search.dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Chronology' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Fact 1' })).toContainText('El niño recibió el montaje');

  // An edit shows in the results without a reload; a click opens the argument.
  await page.getByRole('article', { name: 'Fact 1' }).getByRole('button', { name: 'Edit fact 1' }).click();
  await page.getByRole('dialog').getByLabel('Fact', { exact: true }).fill('El menor recibió el montaje por Telegram.');
  await page.getByRole('dialog').getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await search.open();
  await search.search('telegram');
  await expect(search.group('Facts')).toContainText('Fact 1');
  await search.search('nino');
  await expect(search.group('Facts')).toHaveCount(0);
  await search.group('Arguments').getByRole('option').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Arguments' })).toBeVisible();
  await expect(args.argument('Responsabilidad de la plataforma')).toBeVisible();

  // A finding opens its report on that finding: in view, marked, and focused for the keyboard.
  await search.open();
  await search.search('"montaje generado"');
  await search.group('Expert findings').getByRole('option').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Expert reports' })).toBeVisible();
  const finding = page.getByRole('article', { name: 'Informe pericial forense' }).getByRole('listitem').and(page.locator('[aria-current="true"]'));
  await expect(finding).toContainText('La imagen es un montaje generado por inteligencia artificial');
  await expect(finding).toBeFocused();
  await expect(finding).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath('finding-opened.png') });
});
