import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';

test('an upgrade from another window is explained, not a silent failure', async ({ page, context }) => {
  const app = new AppPage(page);
  await app.open();
  await app.createCase({ title: 'Kept safe' });

  // Another tab opens the same database at a newer version, as a newer build would.
  const other = await context.newPage();
  await other.goto('/');
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('expediente', 1000);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );

  await expect(page.getByRole('alert')).toContainText('Expediente was updated in another window. Reload this window');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
