import { describe, expect, it } from 'vitest';
import { openDecryptingSource } from '@shared/archive/decrypting-source';
import { createEncryptingStream, decryptArchive, encryptArchive } from '@shared/archive/encryption';
import { blobSource } from '@shared/archive/random-access';
import { readCaseArchive } from '@shared/archive/read-archive';
import { writeCaseArchive } from '@shared/archive/write-archive';
import { mapReader } from '../fixtures/archive/archive-db';
import { caseWithFiles, randomBytes } from '../fixtures/archive/case-with-files';

const PASS = 'correct horse battery staple ñ';
const CHUNK = 1024;
const fast = { iterations: 100_000, chunkBytes: CHUNK };
const SEALED = CHUNK + 16;

/** Encrypts by writing uneven pieces into the stream, as a zip writer does. */
async function sealStreamed(plain: Uint8Array, pieces = [1, 700, 1500, 3]): Promise<Uint8Array<ArrayBuffer>> {
  const stream = await createEncryptingStream(PASS, fast);
  const out = new Response(stream.readable).arrayBuffer();
  const writer = stream.writable.getWriter();
  for (let at = 0, i = 0; at < plain.length; i += 1) {
    const take = pieces[i % pieces.length]!;
    await writer.write(plain.slice(at, at + take));
    at += take;
  }
  await writer.close();
  return new Uint8Array(await out);
}

const headerEnd = (sealed: Uint8Array) => 12 + new DataView(sealed.buffer, sealed.byteOffset).getUint32(8);
const decrypt = async (sealed: Uint8Array, passphrase = PASS) => new Uint8Array(await (await decryptArchive(new Blob([sealed as Uint8Array<ArrayBuffer>]), passphrase)).arrayBuffer());

describe('streamed chunked encryption', () => {
  it.each([0, 1, CHUNK - 1, CHUNK, 3 * CHUNK, 3 * CHUNK + 1])('round-trips %i bytes written in uneven pieces, with the chunk count of the format', async (size) => {
    const plain = randomBytes(size);
    const sealed = await sealStreamed(plain);
    expect(sealed.length - headerEnd(sealed)).toBe(size + Math.max(1, Math.ceil(size / CHUNK)) * 16);
    expect(await decrypt(sealed)).toEqual(plain);
    // The Blob helper writes the same format.
    expect(await decrypt(new Uint8Array(await (await encryptArchive(new Blob([plain]), PASS, fast)).arrayBuffer()))).toEqual(plain);
  });

  it('reads any range of the plaintext, decrypting only the chunks it touches', async () => {
    const plain = randomBytes(5 * CHUNK + 300);
    const sealed = await sealStreamed(plain);
    const source = await openDecryptingSource(blobSource(new Blob([sealed])), PASS);
    expect(source.size).toBe(plain.length);
    for (const [offset, length] of [[0, 10], [CHUNK - 5, 10], [2 * CHUNK, 3 * CHUNK], [5 * CHUNK + 290, 100], [plain.length, 5]] as const) {
      expect(await source.read(offset, length)).toEqual(plain.slice(offset, offset + length));
    }
  });

  it('refuses a wrong passphrase as such', async () => {
    const sealed = await sealStreamed(randomBytes(3 * CHUNK));
    await expect(decrypt(sealed, 'correct horse battery stapler')).rejects.toMatchObject({ code: 'wrong-passphrase' });
  });

  it('names the middle chunk whose byte was flipped', async () => {
    const sealed = await sealStreamed(randomBytes(4 * CHUNK));
    const start = headerEnd(sealed) + 2 * SEALED;
    sealed[start + 500]! ^= 0x01;
    await expect(decrypt(sealed)).rejects.toMatchObject({ code: 'encrypted-corrupt', message: expect.stringContaining(`bytes ${start}–${start + SEALED}`) });
  });

  it('refuses chunks swapped into each other’s place', async () => {
    const sealed = await sealStreamed(randomBytes(4 * CHUNK));
    const h = headerEnd(sealed);
    const one = sealed.slice(h + SEALED, h + 2 * SEALED);
    sealed.copyWithin(h + SEALED, h + 2 * SEALED, h + 3 * SEALED);
    sealed.set(one, h + 2 * SEALED);
    await expect(decrypt(sealed)).rejects.toMatchObject({ code: 'encrypted-corrupt' });
  });

  it('refuses a file cut short at a chunk boundary, inside a chunk, or inside the last tag', async () => {
    const sealed = await sealStreamed(randomBytes(4 * CHUNK + 10));
    const h = headerEnd(sealed);
    for (const end of [h + 4 * SEALED, h + 3 * SEALED + 100, sealed.length - 3, h + 5]) {
      await expect(decrypt(sealed.slice(0, end))).rejects.toMatchObject({ code: 'encrypted-corrupt' });
    }
  });

  it('refuses a chunk appended after the last one', async () => {
    const sealed = await sealStreamed(randomBytes(2 * CHUNK));
    const h = headerEnd(sealed);
    const longer = new Uint8Array(sealed.length + SEALED);
    longer.set(sealed);
    longer.set(sealed.slice(h, h + SEALED), sealed.length);
    await expect(decrypt(longer)).rejects.toMatchObject({ code: 'encrypted-corrupt' });
  });

  it('verifies an encrypted archive by ranges, and authenticateRest finds damage the zip reader never read', async () => {
    const { document, files } = caseWithFiles([5000, 9000]);
    const { blob } = await writeCaseArchive({ document, appVersion: 't', readFile: mapReader(files) });
    const zip = new Uint8Array(await blob.arrayBuffer());
    const sealed = await sealStreamed(zip);
    const source = await openDecryptingSource(blobSource(new Blob([sealed])), PASS);
    expect((await readCaseArchive(source)).document).toEqual(document);
    await source.authenticateRest();

    // Damage in a chunk no read has touched yet is still found before anything is written.
    sealed[headerEnd(sealed) + 2 * SEALED + 7]! ^= 1;
    const damaged = await openDecryptingSource(blobSource(new Blob([sealed])), PASS);
    expect(await damaged.read(0, 100)).toEqual(zip.slice(0, 100));
    await expect(damaged.authenticateRest()).rejects.toMatchObject({ code: 'encrypted-corrupt', message: expect.stringContaining(`bytes ${headerEnd(sealed) + 2 * SEALED}–`) });
  });
});
