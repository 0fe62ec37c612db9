import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleCase } from '../fixtures/bundle/sample-case';

const CLI = resolve(__dirname, '../../scripts/bundle-cli.mjs');
let dir: string;

/** Runs the CLI on the sample case; returns the bundle's text as pdftotext reads it. */
function bundleText(...args: string[]): string {
  const out = join(dir, `bundle-${args.join('_').replace(/[^a-z]/gi, '')}.pdf`);
  execFileSync('node', [CLI, join(dir, 'case.json'), '-o', out, '-q', '--sections', 'D', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  return execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
}

/** Exhibit numbers in the order their cover sheets come. */
const covers = (text: string) => [...new Set([...text.matchAll(/^Exhibit (E-\d{4})\b/gm)].map((m) => m[1]!))];

describe('bundle CLI choices', () => {
  beforeAll(async () => {
    const sample = await sampleCase();
    // Publication dates that differ from exhibit-number order.
    const dates = ['2026-03-01', '2025-12-24', '2026-02-01', '2026-01-15', '2026-01-20', '2026-02-20', '2026-01-02', '2026-02-10', '2026-01-10'];
    sample.snapshot.evidence.forEach((e, i) => { e.publishedAt = `${dates[i]}T10:00:00Z`; });
    dir = mkdtempSync(join(tmpdir(), 'bundle-cli-options-'));
    mkdirSync(join(dir, 'files'));
    for (const [sha, bytes] of sample.files) if (sha !== sample.withheldSha) writeFileSync(join(dir, 'files', sha), bytes);
    writeFileSync(join(dir, 'case.json'), JSON.stringify(sample.snapshot));
  }, 30_000);

  it('leaves restricted items and privileged notes out of a filing unless asked, and puts them in when asked', () => {
    const plain = bundleText('--profile', 'filing');
    expect(plain).not.toContain('SRC RESTRICTED');
    expect(plain).not.toContain('weak on causation');
    const chosen = bundleText('--profile', 'filing', '--include-restricted', '--notes');
    expect(chosen).toContain('SRC RESTRICTED page 1');
    expect(chosen).toContain('weak on causation');
  }, 60_000);

  it('keeps privileged notes out of an internal bundle with --no-notes', () => {
    expect(bundleText()).toContain('weak on causation');
    expect(bundleText('--no-notes')).not.toContain('weak on causation');
  }, 60_000);

  it('orders exhibits by date with --order date', () => {
    expect(covers(bundleText())).toEqual(['E-0001', 'E-0002', 'E-0003', 'E-0004', 'E-0005', 'E-0006', 'E-0008', 'E-0009']);
    // E-0007 (restricted) is left out; the rest by publication date.
    expect(covers(bundleText('--order', 'date'))).toEqual(['E-0002', 'E-0009', 'E-0004', 'E-0005', 'E-0003', 'E-0008', 'E-0006', 'E-0001']);
  }, 60_000);

  it('refuses an order it does not know, saying which ones it does', () => {
    const run = spawnSync('node', [CLI, join(dir, 'case.json'), '-o', join(dir, 'x.pdf'), '--order', 'size'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--order must be number or date');
  });
});
