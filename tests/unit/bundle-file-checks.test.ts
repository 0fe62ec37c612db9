import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildBundle, type BundleOptions } from '../../shared/bundle';
import { readBack } from '../fixtures/bundle/read-pdf';
import { loadFonts, sampleCase, sourcePdf } from '../fixtures/bundle/sample-case';

const options: BundleOptions = { profile: 'internal', numbering: 'consecutive', sections: ['D'] };
const nodeSha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The sample case with E-0001's stored file swapped behind the app's back for another PDF. */
async function tampered() {
  const sample = await sampleCase();
  const e1 = sample.snapshot.evidence[0]!;
  const forged = await sourcePdf('FORGED', 2);
  const readFile = async (sha: string) => (sha === e1.attachment!.sha256 ? forged : sample.readFile(sha));
  return { sample, readFile };
}

describe('files are checked against their recorded SHA-256 before they go into a bundle', () => {
  it.each([
    ['with WebCrypto (the app\'s worker)', undefined],
    ['with the caller\'s hash (the command line passes node:crypto)', nodeSha256],
  ])('%s: a stored file that changed is left out, with a slip sheet and a warning', async (_, sha256) => {
    const { sample, readFile } = await tampered();
    const { bytes, report } = await buildBundle({ snapshot: sample.snapshot, options, fonts: loadFonts(), readFile, sha256 });
    const text = (await readBack(bytes)).texts.join('\n');
    expect(report.warnings.filter((w) => w.code === 'hash-mismatch').map((w) => w.documentKey)).toEqual(['exhibit:ev-1']);
    expect(text).toContain('does not match its recorded SHA-256');
    expect(text).not.toContain('SRC FORGED');
    // The other exhibits still placed.
    expect(text).toContain('E-0002 · post.jpg');
    expect(text).toContain('E-0009 · chart.png');
  });

  it('asks the caller\'s hash once per file read, and not at all when verification is off', async () => {
    const sample = await sampleCase();
    const hashed: string[] = [];
    const sha256 = (bytes: Uint8Array) => { const h = nodeSha256(bytes); hashed.push(h); return h; };
    await buildBundle({ snapshot: sample.snapshot, options, fonts: loadFonts(), readFile: sample.readFile, sha256 });
    const read = sample.requested.filter((sha) => sample.files.has(sha));
    expect(hashed.sort()).toEqual([...read].sort());
    hashed.length = 0;
    await buildBundle({ snapshot: sample.snapshot, options: { ...options, verifyHashes: false }, fonts: loadFonts(), readFile: sample.readFile, sha256 });
    expect(hashed).toEqual([]);
  });
});
