// Regenerates docs/screenshot-workspace.png (the README's picture) from the
// built browser edition: `npm run build && node scripts/readme-screenshot.mjs`.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const port = 4199;
const server = spawn('npx', ['vite', 'preview', '--config', 'vite.web.config.ts', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
try {
  await new Promise((r) => setTimeout(r, 2500));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--disable-background-networking'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'en-GB' });
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
  await page.screenshot({ path: process.argv[3] ?? 'docs/screenshot-workspace.png' });
  await browser.close();
} finally {
  server.kill();
}
