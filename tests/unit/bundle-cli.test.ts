import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleCase } from '../fixtures/bundle/sample-case';

describe('bundle CLI', () => {
  it('builds a bundle from case.json and files/<sha256>, reporting warnings', async () => {
    const sample = await sampleCase();
    const dir = mkdtempSync(join(tmpdir(), 'bundle-cli-'));
    mkdirSync(join(dir, 'files'));
    for (const [sha, bytes] of sample.files) if (sha !== sample.withheldSha) writeFileSync(join(dir, 'files', sha), bytes);
    writeFileSync(join(dir, 'case.json'), JSON.stringify(sample.snapshot));
    const out = join(dir, 'bundle.pdf');
    const cli = resolve(__dirname, '../../scripts/bundle-cli.mjs');
    const stderr = execFileSync('node', [cli, join(dir, 'case.json'), '-o', out, '--profile', 'filing', '--numbering', 'bates', '--prefix', 'ABC', '--start', '7', '-q'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    void stderr;
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('ABC000007');
    expect(text).not.toContain('Łukasz');
  }, 30_000);
});
