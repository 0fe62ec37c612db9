import { expect, test, type Request } from '@playwright/test';
import { AppPage } from './pages/app-page';

/**
 * Offline is absolute: using the app must not send a single request outside
 * its own origin, and the page's CSP must refuse any attempt to.
 */
test('no request leaves the app origin while a case is created and browsed', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const seen: string[] = [];
  page.on('request', (request: Request) => {
    seen.push(request.url());
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) foreign.push(request.url());
  });

  const app = new AppPage(page);
  await app.open();
  await app.createCase({ title: 'Offline v Everyone', reference: 'NET-0' });
  for (const section of ['Chronology', 'Expert reports', 'Arguments', 'Export', 'Filing', 'Evidence']) {
    await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: section }).click();
  }
  await page.getByLabel('Language').selectOption('es');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Offline v Everyone' })).toBeVisible();

  // The check itself works: the app's own requests were seen.
  expect(seen.some((u) => u.startsWith(origin))).toBe(true);
  expect(foreign).toEqual([]);
});

test('the Content-Security-Policy blocks requests to other origins', async ({ page }) => {
  const blocked: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/.test(m.text())) blocked.push(m.text());
  });
  await page.goto('/');
  const outcome = await page.evaluate(async () => {
    try {
      await fetch('https://example.com/beacon', { mode: 'no-cors' });
      return 'sent';
    } catch {
      return 'refused';
    }
  });
  expect(outcome).toBe('refused');
  await expect.poll(() => blocked.length).toBeGreaterThan(0);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  // WebAssembly may compile (the hashing worker needs it); JavaScript eval may not.
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
  expect(csp).not.toContain("'unsafe-eval'");
});

test('the Content-Security-Policy lets WebAssembly compile (evidence hashing) but still refuses eval', async ({ page }) => {
  await page.goto('/');
  const outcome = await page.evaluate(async () => {
    // The smallest valid module: the magic number and version 1.
    const wasm = await WebAssembly.compile(new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00])).then(
      () => 'compiled',
      () => 'refused',
    );
    let js: string;
    try {
      js = String(eval('1 + 1'));
    } catch {
      js = 'refused';
    }
    return { wasm, js };
  });
  expect(outcome).toEqual({ wasm: 'compiled', js: 'refused' });
});
