import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { chainAuditEntry } from '@shared/audit/audit-chain';
import { sha256Hex } from '@shared/audit/sha256';
import { DEFAULT_LIMITS } from '@shared/archive/zip-rules';
import { readCaseArchive } from '@shared/archive/read-archive';
import type { ExpedienteDatabase } from '../../renderer/src/db/database';
import { archiveFileFromBlob, importArchiveFile } from '../../renderer/src/features/archive/data/import-archive-file';
import { withDatabase } from '../fixtures/archive/archive-db';
import { rawZip, type RawEntry } from '../fixtures/archive/raw-zip';
import { SCREENSHOT_SHA, entriesOf, json, parse, smallArchive, smallCase } from '../fixtures/archive/valid-archive';

async function rowCount(database: ExpedienteDatabase): Promise<number> {
  const counts = await Promise.all(database.tables.map((t) => t.count()));
  return counts.reduce((a, b) => a + b, 0);
}

/** Imports the bytes and expects a refusal with that code and message, and not one row written. */
async function expectRefused(bytes: Uint8Array | Blob, code: string, message: RegExp | string) {
  await withDatabase(async (database) => {
    const blob = bytes instanceof Blob ? bytes : new Blob([bytes as Uint8Array<ArrayBuffer>]);
    const outcome = await importArchiveFile(database, archiveFileFromBlob('hostile.expediente', blob), null);
    expect(outcome.status).toBe('refused');
    if (outcome.status !== 'refused') return;
    expect(outcome.error.code).toBe(code);
    expect(outcome.error.message).toMatch(message);
    expect(await rowCount(database)).toBe(0);
  });
}

/** A valid archive's entries, changed by `tamper`, zipped again by hand. */
async function tampered(tamper: (entries: RawEntry[]) => RawEntry[] | void): Promise<Uint8Array> {
  const entries = await entriesOf(await smallArchive());
  return rawZip(tamper(entries) ?? entries);
}
const entry = (entries: RawEntry[], name: string) => entries.find((e) => e.name === name)!;

describe('hostile case archives are refused, with their own message, and nothing is written', () => {
  it('the untampered archive imports (the baseline every hostile variant departs from)', async () => {
    await withDatabase(async (database) => {
      const outcome = await importArchiveFile(database, archiveFileFromBlob('ok.expediente', new Blob([await tampered(() => undefined) as Uint8Array<ArrayBuffer>])), null);
      expect(outcome).toMatchObject({ status: 'imported', title: 'Doe v X Corp', exhibits: 2, files: 1 });
    });
  });

  it('refuses bytes that are not a zip', () => expectRefused(new TextEncoder().encode('%PDF-1.7 not an archive'), 'not-an-archive', 'not a case archive'));

  it('refuses a truncated zip', async () => {
    const whole = new Uint8Array(await (await smallArchive()).arrayBuffer());
    await expectRefused(whole.subarray(0, whole.length - 40), 'unreadable-zip', /zip directory cannot be read/);
  });

  it.each([
    ['../../.ssh/authorized_keys', 'a ".." path'],
    ['/etc/passwd', 'an absolute path'],
    ['C:/Windows/evil.dll', 'a drive letter'],
    ['files\\..\\evil', 'a backslash'],
    ['files/./x', 'a "." segment'],
  ])('refuses an entry named %s (%s)', async (name) => {
    await expectRefused(await tampered((e) => [...e, { name, data: new Uint8Array([1]) }]), 'unsafe-path', /unsafe path/);
  });

  it('refuses an entry that is not part of the format', async () => {
    await expectRefused(await tampered((e) => [...e, { name: 'run-me.sh', data: new Uint8Array([1]) }]), 'unexpected-entry', /"run-me.sh": not part of a case archive/);
  });

  it('refuses duplicate entries (two case.json, the second one different)', async () => {
    await expectRefused(await tampered((e) => [...e, { ...entry(e, 'case.json'), data: json({ evil: true }) }]), 'duplicate-entry', 'case.json: appears twice');
  });

  it('refuses a zip bomb by its compression ratio, before inflating it', async () => {
    const zeros = new Uint8Array(64 * 1024 * 1024);
    const name = `files/${sha256Hex(zeros)}`;
    await expectRefused(await tampered((e) => [...e, { name, data: zeros, deflate: true }]), 'compression-ratio', /compressed \d+:1, beyond the 200:1 limit/);
  });

  it('refuses an entry that inflates to more than it declares', async () => {
    await expectRefused(await tampered((e) => {
      const caseJson = entry(e, 'case.json');
      caseJson.data = new Uint8Array([...caseJson.data, ...new TextEncoder().encode(' '.repeat(50_000))]);
      caseJson.declaredSize = 1000;
    }), 'size-mismatch', /case.json: inflates to more than the 1000 bytes it declares/);
  });

  it('refuses an archive whose declared sizes pass the total limit', async () => {
    await withDatabase(async () => {
      const blob = new Blob([await tampered(() => undefined) as Uint8Array<ArrayBuffer>]);
      await expect(readCaseArchive(blob, { limits: { ...DEFAULT_LIMITS, maxTotalBytes: 100 } })).rejects.toMatchObject({ code: 'archive-too-large' });
    });
  });

  it('refuses a manifest that lists a file the archive does not have', async () => {
    await expectRefused(await tampered((e) => e.filter((x) => !x.name.startsWith('files/'))), 'manifest-missing-file', `files/${SCREENSHOT_SHA.slice(0, 12)}…: listed in the manifest but not in the archive`);
  });

  it('refuses a file whose bytes do not match the manifest’s SHA-256', async () => {
    await expectRefused(await tampered((e) => {
      const file = e.find((x) => x.name.startsWith('files/'))!;
      file.data = new Uint8Array(file.data).map((b, i) => (i === 3 ? b ^ 1 : b));
    }), 'file-hash-mismatch', `files/${SCREENSHOT_SHA.slice(0, 12)}…: SHA-256 does not match the manifest`);
  });

  it('refuses a manifest that lies about a file’s size', async () => {
    await expectRefused(await tampered((e) => {
      const manifest = parse(entry(e, 'manifest.json'));
      (manifest.files as { size: number }[])[0]!.size += 1;
      entry(e, 'manifest.json').data = json(manifest);
    }), 'file-size-mismatch', /the zip declares \d+ bytes, the manifest \d+|records/);
  });

  it('refuses a file the manifest does not list', async () => {
    const extra = new TextEncoder().encode('smuggled');
    await expectRefused(await tampered((e) => [...e, { name: `files/${sha256Hex(extra)}`, data: extra }]), 'manifest-unlisted-file', /in the archive but not in the manifest/);
  });

  it('refuses a case.json that is not the one the manifest hashed', async () => {
    await expectRefused(await tampered((e) => {
      const doc = parse(entry(e, 'case.json'));
      (doc.case as { title: string }).title = 'Edited behind the manifest’s back';
      entry(e, 'case.json').data = json(doc);
    }), 'file-hash-mismatch', 'case.json: SHA-256 or size does not match the manifest');
  });

  it('refuses a 10,000-level nested case.json without overflowing the stack', async () => {
    const deep = new TextEncoder().encode(`${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    await expectRefused(await tampered((e) => {
      entry(e, 'case.json').data = deep;
      const manifest = parse(entry(e, 'manifest.json'));
      manifest.caseDocument = { path: 'case.json', sha256: sha256Hex(deep), size: deep.length };
      entry(e, 'manifest.json').data = json(manifest);
    }), 'json-too-deep', 'case.json: JSON nested deeper than 64 levels');
  });

  /** Replaces case.json and re-hashes it in the manifest: tests what lies past the manifest check. */
  const withCaseJson = (change: (doc: Record<string, unknown>) => void, manifestChange?: (m: Record<string, unknown>) => void) => tampered((e) => {
    const doc = parse(entry(e, 'case.json'));
    change(doc);
    const bytes = json(doc);
    entry(e, 'case.json').data = bytes;
    const manifest = parse(entry(e, 'manifest.json'));
    manifest.caseDocument = { path: 'case.json', sha256: sha256Hex(bytes), size: bytes.length };
    manifestChange?.(manifest);
    entry(e, 'manifest.json').data = json(manifest);
  });

  it('refuses a case.json of a newer major format, saying which', async () => {
    await expectRefused(await withCaseJson((d) => { d.formatVersion = '2.0.0'; }), 'newer-format', 'case.json: format 2.0.0 is newer than this app reads (1.x)');
  });

  it('refuses a case.json that breaks the schema, naming the field', async () => {
    await expectRefused(await withCaseJson((d) => { (d.evidence as { kind: string }[])[0]!.kind = 'hologram'; }), 'schema-invalid', /case.json: evidence.0.kind: /);
  });

  it('refuses an audit chain broken inside case.json, naming the entry', async () => {
    await expectRefused(await withCaseJson((d) => { (d.auditEntries as { summary: string }[])[1]!.summary = 'rewritten history'; }), 'audit-chain-broken', 'case.json: the audit chain breaks at entry 2 (hash-mismatch)');
  });

  it('refuses a manifest whose audit head is not the chain’s head', async () => {
    await expectRefused(await withCaseJson(() => undefined, (m) => { (m.audit as { headHash: string }).headHash = 'ab'.repeat(32); }), 'audit-head-mismatch', /manifest.json: audit head abababababab… \(3 entries\) does not match the chain/);
  });

  it('refuses an archive carrying the bytes of a withheld item', async () => {
    const doc = smallCase();
    const withheld = doc.evidence[1]!;
    // The sender marks the exhibit that has a file as withheld too, keeping the file in the archive.
    const forged = { ...doc, evidence: [doc.evidence[0]!, { ...withheld, hashes: { sha256: SCREENSHOT_SHA, pdq: null } }] };
    forged.auditEntries = [];
    for (const { seq: _s, prevHash: _p, hash: _h, ...draft } of doc.auditEntries) forged.auditEntries.push(chainAuditEntry(draft, forged.auditEntries.at(-1)));
    await expectRefused(await withCaseJson((d) => { d.evidence = forged.evidence; d.auditEntries = forged.auditEntries; }, (m) => {
      (m.audit as { headHash: string }).headHash = forged.auditEntries.at(-1)!.hash;
    }), 'withheld-bytes', /the archive carries bytes of withheld item E-0002/);
  });

  it('refuses a withheld item that carries an attachment', async () => {
    await expectRefused(await withCaseJson((d) => {
      const items = d.evidence as { sensitivity: string }[];
      items[0]!.sensitivity = 'withheld';
    }), 'schema-invalid', /a withheld item carries hashes only, never an attachment/);
  });
});
