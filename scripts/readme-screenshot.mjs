// Regenerates docs/screenshot-workspace.png (the README's picture) from the
// built browser edition: `npm run build && node scripts/readme-screenshot.mjs`.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const port = 4199;
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--config', 'vite.web.config.ts', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
try {
  await new Promise((r) => setTimeout(r, 2500));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  await page.goto(`http://127.0.0.1:${port}/`);
  for (const c of [
    { title: 'García v Meta Platforms Ireland Ltd', ref: 'PO 412/2026', court: 'Juzgado de Primera Instancia n.º 7, Madrid', j: 'Spain', d: '2027-02-09' },
    { title: 'Doe v X Corp', ref: 'KB-2026-001873', court: 'High Court, King’s Bench Division', j: 'England and Wales', d: '2027-03-15' },
  ]) {
    await page.getByRole('button', { name: 'New case' }).click();
    const d = page.getByRole('dialog');
    await d.getByLabel('Title').fill(c.title);
    await d.getByLabel('Reference or claim number').fill(c.ref);
    await d.getByLabel('Court or authority').fill(c.court);
    await d.getByLabel('Jurisdiction').fill(c.j);
    await d.getByLabel('Hearing date').fill(c.d);
    await d.getByRole('button', { name: 'Create case' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click();
  }
  await page.screenshot({ path: process.argv[2] ?? 'docs/screenshot-cases.png' });
  await page.getByRole('link', { name: 'Doe v X Corp' }).click();
  await page.getByRole('heading', { level: 1, name: 'Doe v X Corp' }).waitFor();
  const text = (s) => Buffer.from(s, 'utf8');
  await page.getByLabel('Choose files…').setInputFiles([
    { name: 'grok-reply-2026-01-05.txt', mimeType: 'text/plain', buffer: text('@grok reply generating the image, captured 5 Jan 2026') },
    { name: 'x-transparency-report-h2-2025.txt', mimeType: 'text/plain', buffer: text('Transparency report H2 2025') },
    { name: 'dsa-notice-acknowledgement.txt', mimeType: 'text/plain', buffer: text('Notice received under Art. 16 DSA') },
  ]);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('group', { name: 'Register dropped files as' }).getByLabel('Withheld').check();
  await page.getByLabel('Choose files…').setInputFiles([{ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) }]);
  await page.getByRole('region', { name: 'Intake report' }).waitFor();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('grid').getByRole('gridcell', { name: 'E-0004', exact: true }).click();
  await page.waitForTimeout(9000); // let the confirmation toast go
  await page.screenshot({ path: process.argv[3] ?? 'docs/screenshot-workspace.png' });
  await browser.close();
} finally {
  server.kill();
}
