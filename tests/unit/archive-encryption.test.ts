import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { decryptArchive, encryptArchive } from '@shared/archive/encryption';
import { archiveFileFromBlob, importArchiveFile } from '../../renderer/src/features/archive/data/import-archive-file';
import { withDatabase } from '../fixtures/archive/archive-db';
import { SCREENSHOT, smallArchive } from '../fixtures/archive/valid-archive';

const PASS = 'correct horse battery staple ñ';
const fast = { iterations: 100_000, chunkBytes: 1024 };
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

function flip(bytes: Uint8Array, at: number): Blob {
  const copy = bytes.slice();
  copy[at]! ^= 0x01;
  return new Blob([copy]);
}

async function importOutcome(blob: Blob, passphrase: string | null) {
  return withDatabase(async (database) => {
    const outcome = await importArchiveFile(database, archiveFileFromBlob('sealed.expediente', blob), passphrase);
    const cases = await database.cases.count();
    const files = await database.files.count();
    return { outcome, cases, files };
  });
}

describe('passphrase-encrypted archives', () => {
  it('encrypts with AES-256-GCM under a PBKDF2-SHA-256 key (600,000 iterations, random salt), parameters in the header, no plaintext left', async () => {
    const plain = await smallArchive();
    const [a, b] = [await bytesOf(await encryptArchive(plain, PASS)), await bytesOf(await encryptArchive(plain, PASS))];
    const headerLength = new DataView(a.buffer).getUint32(8);
    const header = JSON.parse(new TextDecoder().decode(a.subarray(12, 12 + headerLength)));
    expect(header).toMatchObject({ version: 1, cipher: 'AES-256-GCM', kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 } });
    expect(header.kdf.salt).not.toBe(JSON.parse(new TextDecoder().decode(b.subarray(12, 12 + new DataView(b.buffer).getUint32(8)))).kdf.salt);
    for (const secret of ['Doe v X Corp', 'case.json', latin1(SCREENSHOT)]) expect(latin1(a)).not.toContain(secret);
    expect(await bytesOf(await decryptArchive(new Blob([a]), PASS))).toEqual(await bytesOf(plain));
  });

  it('asks for the passphrase, then imports with the right one', async () => {
    const sealed = await encryptArchive(await smallArchive(), PASS, fast);
    expect((await importOutcome(sealed, null)).outcome).toEqual({ status: 'needs-passphrase' });
    const { outcome, cases, files } = await importOutcome(sealed, PASS);
    expect(outcome).toMatchObject({ status: 'imported', title: 'Doe v X Corp', exhibits: 2, files: 1 });
    expect({ cases, files }).toEqual({ cases: 1, files: 1 });
  });

  it('detects a wrong passphrase, says so, and writes nothing', async () => {
    const sealed = await encryptArchive(await smallArchive(), PASS, fast);
    const { outcome, cases } = await importOutcome(sealed, 'correct horse battery stapler');
    expect(outcome).toMatchObject({ status: 'refused', error: { code: 'wrong-passphrase', message: expect.stringMatching(/^Wrong passphrase/) } });
    expect(cases).toBe(0);
  });

  it('detects one flipped byte anywhere in the body, names where, and writes nothing', async () => {
    const sealed = await bytesOf(await encryptArchive(await smallArchive(), PASS, fast));
    for (const at of [sealed.length - 1, sealed.length - 1500, 400]) {
      const { outcome, cases } = await importOutcome(flip(sealed, at), PASS);
      expect(outcome).toMatchObject({ status: 'refused', error: { code: expect.stringMatching(/encrypted-corrupt|wrong-passphrase|encryption-header-invalid/) } });
      if (at > 400) expect(outcome).toMatchObject({ error: { code: 'encrypted-corrupt', message: expect.stringMatching(/altered or damaged: bytes \d+–\d+ fail authentication/) } });
      expect(cases).toBe(0);
    }
  });

  it('detects an archive cut short at a chunk boundary (the last chunk is marked as last)', async () => {
    const sealed = await bytesOf(await encryptArchive(await smallArchive(), PASS, fast));
    const headerEnd = 12 + new DataView(sealed.buffer).getUint32(8);
    const chunks = Math.floor((sealed.length - headerEnd) / (1024 + 16));
    const cut = sealed.subarray(0, headerEnd + (chunks - 1) * (1024 + 16));
    const { outcome } = await importOutcome(new Blob([cut]), PASS);
    expect(outcome).toMatchObject({ status: 'refused', error: { code: 'encrypted-corrupt' } });
  });

  it('refuses a header whose parameters were tampered with', async () => {
    const sealed = await bytesOf(await encryptArchive(await smallArchive(), PASS, fast));
    const text = latin1(sealed).replace('"iterations":100000', '"iterations":100001');
    const { outcome } = await importOutcome(new Blob([Buffer.from(text, 'latin1')]), PASS);
    expect(outcome).toMatchObject({ status: 'refused', error: { code: 'wrong-passphrase' } });
  });
});
