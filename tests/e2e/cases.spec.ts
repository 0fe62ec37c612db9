import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

test('a new case is saved in IndexedDB and survives a reload', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await expect(page.getByRole('heading', { name: 'No cases yet' })).toBeVisible();

  await app.createCase({
    title: 'Łukasz Nowak v X Corp',
    shortName: 'Nowak',
    reference: 'CL-2026-000123',
    court: 'High Court, King’s Bench Division',
    jurisdiction: 'England and Wales',
    hearingDate: '2027-03-15',
  });

  // Creating a case opens its workspace.
  await expect(page.getByRole('heading', { level: 1, name: 'Łukasz Nowak v X Corp' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Evidence' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('Hearing 15 March 2027')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Łukasz Nowak v X Corp' })).toBeVisible();

  await app.goToCases();
  const row = app.caseRow('Łukasz Nowak v X Corp');
  await expect(row).toContainText('CL-2026-000123');
  await expect(row).toContainText('High Court, King’s Bench Division');
  await expect(row).toContainText('England and Wales');
});

test('a case can be renamed, archived and restored', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createCase({ title: 'Draft title', reference: 'REF-1' });
  await app.goToCases();

  await page.getByRole('button', { name: 'Edit details of Draft title' }).click();
  await app.dialog.getByLabel('Title').fill('García v Meta Platforms Ireland Ltd');
  await app.dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(app.caseRow('García v Meta Platforms Ireland Ltd')).toBeVisible();
  await expect(page.getByRole('status')).toContainText('Changes to “García v Meta Platforms Ireland Ltd” saved.');

  await page.getByRole('button', { name: 'Archive García v Meta Platforms Ireland Ltd' }).click();
  await expect(page.getByRole('heading', { name: 'No cases yet' })).toBeVisible();
  await page.getByLabel('Show archived cases').check();
  await expect(app.caseRow('García v Meta Platforms Ireland Ltd')).toBeVisible();

  await page.reload();
  await page.getByLabel('Show archived cases').check();
  await page.getByRole('button', { name: 'Restore García v Meta Platforms Ireland Ltd' }).click();
  await page.getByLabel('Show archived cases').uncheck();
  await expect(app.caseRow('García v Meta Platforms Ireland Ltd')).toContainText('REF-1');
});

test('the title is required and the form says so next to the field', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('button', { name: 'New case' }).click();
  await app.dialog.getByRole('button', { name: 'Create case' }).click();
  const title = app.dialog.getByLabel('Title');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription(/This field is required\./);
  await app.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'No cases yet' })).toBeVisible();
});

test('a case can be created with the keyboard alone', async ({ page }) => {
  const app = new AppPage(page);
  await app.open();
  await page.getByRole('button', { name: 'New case' }).focus();
  await page.keyboard.press('Enter');
  await expect(app.dialog.getByLabel('Title')).toBeFocused();
  await page.keyboard.type('Keyboard v Platform');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Keyboard v Platform' })).toBeVisible();
  // Every workspace section is reachable and says what comes next.
  for (const [section, empty] of [
    ['Chronology', 'No facts in the chronology yet'],
    ['Expert reports', 'No expert reports yet'],
    ['Arguments', 'No legal arguments yet'],
  ] as const) {
    await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: section }).click();
    await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3 }).first()).toHaveText(empty);
  }
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Export' }).click();
  await expect(page.getByRole('button', { name: 'Build bundle' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Filing' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Filing' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export PDF' })).toBeVisible();
});
