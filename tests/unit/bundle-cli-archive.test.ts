import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encryptArchive } from '@shared/archive/encryption';
import { rawZip } from '../fixtures/archive/raw-zip';
import { entriesOf, smallArchive } from '../fixtures/archive/valid-archive';

const CLI = resolve(__dirname, '../../scripts/bundle-cli.mjs');
const bytes = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe('bundle CLI reading a case archive', () => {
  it('builds the bundle from an encrypted .expediente, verified like an import', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-cli-archive-'));
    const archive = join(dir, 'Doe.expediente');
    writeFileSync(archive, await bytes(await encryptArchive(await smallArchive(), 'a long passphrase', { iterations: 100_000 })));
    writeFileSync(join(dir, 'pass.txt'), 'a long passphrase\n');
    const out = join(dir, 'bundle.pdf');
    execFileSync('node', [CLI, archive, '-o', out, '--passphrase-file', join(dir, 'pass.txt'), '-q'], { stdio: ['ignore', 'pipe', 'pipe'] });
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Doe v X Corp');
    expect(text).toContain('E-0001');
    expect(text).toContain('Police exhibit 7'); // the withheld item's slip sheet
  }, 60_000);

  it('refuses a tampered archive, saying what failed, and writes no PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bundle-cli-archive-'));
    const entries = await entriesOf(await smallArchive());
    const file = entries.find((e) => e.name.startsWith('files/'))!;
    file.data = file.data.map((b, i) => (i === 0 ? b ^ 0xff : b));
    writeFileSync(join(dir, 'bad.expediente'), rawZip(entries));
    const run = spawnSync('node', [CLI, join(dir, 'bad.expediente'), '-o', join(dir, 'out.pdf'), '-q'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/bundle-cli: files\/[0-9a-f]{12}…: SHA-256 does not match the manifest/);
    expect(() => readFileSync(join(dir, 'out.pdf'))).toThrow();
  }, 60_000);
});
