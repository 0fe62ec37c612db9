import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

test('switching to Spanish translates the app and is remembered after a reload', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createCase({ title: 'Pérez c. X Corp', hearingDate: '2027-01-05' });
  await app.goToCases();

  await page.getByLabel('Language').selectOption('es');
  await expect(page.getByRole('heading', { level: 1, name: 'Casos' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nuevo caso' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  // Dates follow the interface language.
  await expect(app.caseRow('Pérez c. X Corp')).toContainText('5 de enero de 2027');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Casos' })).toBeVisible();
  await expect(page.getByLabel('Idioma')).toHaveValue('es');

  await page.getByRole('link', { name: 'Pérez c. X Corp' }).click();
  const sections = page.getByRole('navigation', { name: 'Secciones del caso' });
  for (const name of ['Pruebas', 'Cronología', 'Informes periciales', 'Argumentos', 'Exportar', 'Escritos']) {
    await expect(sections.getByRole('link', { name })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Todavía no hay pruebas registradas' })).toBeVisible();

  await page.getByLabel('Idioma').selectOption('en');
  await expect(sections).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Case sections' })).toBeVisible();
});

test('the form speaks Spanish too, validation messages included', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Language').selectOption('es');
  await page.getByRole('button', { name: 'Nuevo caso' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nuevo caso' });
  await dialog.getByRole('button', { name: 'Crear caso' }).click();
  await expect(dialog.getByLabel('Título')).toHaveAccessibleDescription(/Este campo es obligatorio\./);
});
