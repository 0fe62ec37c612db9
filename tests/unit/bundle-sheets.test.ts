import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshotFromDocument } from '../../shared/archive';
import { CASE_FORMAT_NAME, CASE_FORMAT_VERSION, type CaseDocument } from '../../shared/archive/case-document';
import { chainAuditEntry, verifyAuditChain, type AuditDraft } from '../../shared/audit/audit-chain';
import { sha256Hex } from '../../shared/audit/sha256';
import { buildBundle, type BundleOptions, type BundleResult, type CaseSnapshot } from '../../shared/bundle';
import type { AuditEntry } from '../../shared/domain/types';
import { WITHHELD_MARKER, loadFonts, sampleCase, type SampleCase } from '../fixtures/bundle/sample-case';
import { readBack, tool, withTempPdf, type ReadBack } from '../fixtures/bundle/read-pdf';

/**
 * What a court reader checks on the cover page, an exhibit's cover sheet, the
 * integrity appendix and the file properties, read back by pdf.js and poppler.
 */
const PREPARED_BY = 'López & Asociados, Abogados';
const BUNDLE_DATE = '2026-03-10';
const LEGEND = 'CONFIDENTIAL: prepared for the hearing; not to be disclosed beyond the parties and the court.';
const OPTIONS: BundleOptions = { profile: 'internal', numbering: 'consecutive', bundleDate: BUNDLE_DATE, deterministic: true, preparedBy: PREPARED_BY, confidentialityLegend: LEGEND };

/** The case's audit log as the app keeps it: one hash chain, custody entries among others. */
function auditLog(caseId: string): AuditEntry[] {
  const drafts: AuditDraft[] = [
    { caseId, at: '2026-01-01T00:00:00Z', actor: 'Ana Pérez', action: 'case.create', entity: 'case', entityId: caseId, summary: 'Case opened', change: null },
    { caseId, at: '2026-02-05T08:15:00Z', actor: 'Ana Pérez', action: 'evidence.register', entity: 'evidence', entityId: 'ev-2', summary: 'E-0002 registered from post.jpg', change: null },
    { caseId, at: '2026-02-05T09:00:00Z', actor: 'Ana Pérez', action: 'evidence.register', entity: 'evidence', entityId: 'ev-1', summary: 'E-0001 registered from response.pdf', change: null },
    { caseId, at: '2026-02-06T11:40:30.250Z', actor: 'Luis Gómez', action: 'evidence.update', entity: 'evidence', entityId: 'ev-2', summary: 'Capture method corrected', change: null },
    { caseId, at: '2026-02-07T16:05:00Z', actor: 'Luis Gómez', action: 'evidence.copy', entity: 'evidence', entityId: 'ev-2', summary: 'Copy given to the expert', change: null },
  ];
  const log: AuditEntry[] = [];
  for (const draft of drafts) log.push(chainAuditEntry(draft, log.at(-1)));
  return log;
}

/** The sample case with that audit log, turned into a snapshot the way the command line does it. */
function withAuditLog(snapshot: CaseSnapshot, log: AuditEntry[]): CaseSnapshot {
  const document: CaseDocument = {
    format: CASE_FORMAT_NAME, formatVersion: CASE_FORMAT_VERSION, case: snapshot.case, parties: snapshot.parties, evidence: snapshot.evidence,
    tagGroups: [], tags: [], facts: snapshot.facts, expertReports: snapshot.expertReports, arguments: snapshot.arguments,
    authorities: snapshot.authorities, savedViews: [], exportRecords: [], auditEntries: log,
  };
  return snapshotFromDocument(document);
}

/** pdf-lib and pdf.js write dates as D:YYYYMMDDHHmmSS followed by Z or an offset. */
function pdfDate(value: unknown): Date {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(String(value));
  if (!m) throw new Error(`not a UTC PDF date: ${String(value)}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
}

/** Sizes as the bundle prints them: bytes below 1 KB, else KB or MB with one decimal. */
function printedSize(n: number): string {
  if (n < 1024) return `${n} B`;
  return n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

let sample: SampleCase;
let log: AuditEntry[];
let result: BundleResult;
let pdf: ReadBack;

beforeAll(async () => {
  sample = await sampleCase();
  log = auditLog(sample.snapshot.case.id);
  result = await buildBundle({ snapshot: withAuditLog(sample.snapshot, log), options: OPTIONS, fonts: loadFonts(), readFile: sample.readFile });
  pdf = await readBack(result.bytes);
}, 30_000);

const doc = (key: string) => {
  const entry = result.report.pageMap.find((d) => d.key === key);
  if (!entry) throw new Error(`no page map entry ${key}`);
  return entry;
};
const textOf = (first: number, last: number) => pdf.texts.slice(first - 1, last).join('\n');

describe('the sheets a court reader checks', () => {
  it('prints on the cover the case, court, reference, hearing date, who prepared it, the date of the bundle and the legend', () => {
    const cover = doc('cover');
    expect(cover.firstPage).toBe(1);
    const text = flat(textOf(cover.firstPage, cover.lastPage));
    expect(text).toContain('Fiscalía v. X Corp. — Grok sexual deepfakes');
    expect(text).toContain('Court / authority Juzgado Central de Instrucción nº 5, Madrid');
    expect(text).toContain('Reference DP 123/2026');
    expect(text).toContain('Hearing date 15 Jun 2026');
    expect(text).toContain(`Prepared by ${PREPARED_BY}`);
    expect(text).toContain('Date of bundle 10 Mar 2026');
    expect(text).toContain(LEGEND);
  });

  it('prints on the exhibit cover sheet its capture facts, its hashes and its chain of custody from the audit log', () => {
    const e2 = doc('exhibit:ev-2');
    // The cover sheet, then the image on the last page of the exhibit.
    const sheet = flat(textOf(e2.firstPage, e2.lastPage - 1));
    expect(sheet).toContain('Exhibit E-0002');
    expect(sheet).toContain('Platform X');
    expect(sheet).toContain('Source URL https://x.com/example/status/1002');
    expect(sheet).toContain('Account / author @example');
    // Madrid is UTC+1 in February: the capture at 23:30 UTC is dated the next day there.
    expect(sheet).toContain('Published 3 Feb 2026, 10:12 (Europe/Madrid) · 2026-02-03T09:12:00Z');
    expect(sheet).toContain('Captured 5 Feb 2026, 00:30 (Europe/Madrid) · 2026-02-04T23:30:00Z');
    expect(sheet).toContain('Captured by Ana Pérez');
    expect(sheet).toContain('Capture method / tool Browser capture (Hunchly 1.9)');
    const jpg = sample.snapshot.evidence.find((e) => e.id === 'ev-2')!.attachment!.sha256;
    expect(sheet).toContain(`SHA-256 ${jpg}`);
    expect(sheet).toContain(`PDQ perceptual hash ${'a'.repeat(64)}`);

    expect(sheet).toContain('Chain of custody');
    expect(sheet).not.toContain('No custody events recorded.');
    // Oldest first, in UTC, one row per audit entry about this exhibit and none about others.
    expect(sheet).toMatch(/2026-02-05 08:15:00Z Ana Pérez register E-0002 registered from post\.jpg.*2026-02-06 11:40:30Z Luis Gómez update Capture method corrected.*2026-02-07 16:05:00Z Luis Gómez copy Copy given to the expert/);
    expect(sheet).not.toContain('E-0001 registered from response.pdf');
    expect(sheet).not.toContain('Case opened');
    // E-0001's sheet has its own entry and not E-0002's.
    const e1 = doc('exhibit:ev-1');
    const sheet1 = flat(pdf.texts[e1.firstPage - 1]!);
    expect(sheet1).toContain('2026-02-05 09:00:00Z Ana Pérez register E-0001 registered from response.pdf');
    expect(sheet1).not.toContain('Capture method corrected');
  });

  it('lists in the integrity appendix each exhibit with its SHA-256, size and PDQ, and the head hash of the audit chain', () => {
    const h = doc('integrity');
    const pages = pdf.items.slice(h.firstPage - 1, h.lastPage);
    // A manifest row: the items from its exhibit number down to the next row's (or the page's end).
    const row = (exhibitNo: string): string[] => {
      for (const items of pages) {
        const starts = items.filter((it) => /^E-\d{4}$/.test(it.text) && it.x < 100).sort((a, b) => a.y - b.y);
        const i = starts.findIndex((it) => it.text === exhibitNo);
        if (i < 0) continue;
        const top = starts[i]!.y - 1;
        const bottom = starts[i + 1]?.y ?? items[0]!.viewH - 30;
        return items.filter((it) => it.y >= top && it.y < bottom - 1 && it.text.trim()).map((it) => it.text);
      }
      throw new Error(`no manifest row for ${exhibitNo}`);
    };
    const included = sample.snapshot.evidence.filter((e) => result.report.pageMap.some((d) => d.key === `exhibit:${e.id}`));
    expect(included.map((e) => e.exhibitNo)).toEqual(['E-0001', 'E-0002', 'E-0003', 'E-0004', 'E-0005', 'E-0006', 'E-0008', 'E-0009']);
    for (const e of included) {
      const cells = row(e.exhibitNo);
      expect(cells, e.exhibitNo).toContain(e.hashes.sha256);
      expect(cells, e.exhibitNo).toContain(printedSize(e.attachment!.size));
    }
    expect(row('E-0002')).toContain(`PDQ ${'a'.repeat(64)}`);
    expect(row('E-0001').some((c) => c.startsWith('PDQ'))).toBe(false);
    // Spot checks of the size format on sizes the fixture fixes: 1,234 bytes and 12 bytes.
    expect(row('E-0006')).toContain('1.2 KB');
    expect(row('E-0008')).toContain('12 B');

    const head = verifyAuditChain(log);
    expect(head.intact).toBe(true);
    const text = flat(textOf(h.firstPage, h.lastPage));
    expect(text).toContain(`Audit head hash ${log.at(-1)!.hash}`);
    expect(text).toContain(`Audit entries ${log.length}`);
  });

  it('writes title, subject, keywords, author, creator and, in deterministic mode, the bundle date as the file dates', () => {
    expect(pdf.info.Title).toBe('Fiscalía v. X Corp. — Grok sexual deepfakes — hearing bundle');
    expect(pdf.info.Subject).toBe('Hearing bundle · DP 123/2026 · Juzgado Central de Instrucción nº 5, Madrid');
    expect(pdf.info.Keywords).toBe('Fiscalía v X; DP 123/2026; Spain; hearing bundle; internal');
    expect(pdf.info.Author).toBe(PREPARED_BY);
    expect(pdf.info.Creator).toBe('Expediente');
    expect(pdfDate(pdf.info.CreationDate).toISOString()).toBe(`${BUNDLE_DATE}T00:00:00.000Z`);
    expect(pdfDate(pdf.info.ModDate).toISOString()).toBe(`${BUNDLE_DATE}T00:00:00.000Z`);
    const info = withTempPdf(result.bytes, (path) => tool('pdfinfo', ['-isodates', path]));
    expect(info).toMatch(/^CreationDate:\s+2026-03-10T00:00:00Z$/m);
    expect(info).toMatch(/^ModDate:\s+2026-03-10T00:00:00Z$/m);
  });

  it('dates the file at the build time when the build is not deterministic', async () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const built = await buildBundle({ snapshot: sample.snapshot, options: { ...OPTIONS, deterministic: false, sections: ['A'] }, fonts: loadFonts(), readFile: sample.readFile });
    const after = Date.now();
    const info = (await readBack(built.bytes)).info;
    for (const date of [pdfDate(info.CreationDate), pdfDate(info.ModDate)]) {
      expect(date.getTime()).toBeGreaterThanOrEqual(before);
      expect(date.getTime()).toBeLessThanOrEqual(after);
    }
  });
});

describe('a withheld item whose record names a real image', () => {
  it('is a one-page slip sheet: the image is never read, never placed, and its bytes are nowhere in the file', async () => {
    // A JPEG that carries the marker in a comment segment: embedded, pdf-lib would copy it byte for byte.
    const jpg = readFileSync(join(__dirname, '../fixtures/bundle/screenshot.jpg'));
    const comment = Buffer.from(WITHHELD_MARKER, 'latin1');
    const length = Buffer.alloc(2);
    length.writeUInt16BE(comment.length + 2);
    const image = new Uint8Array(Buffer.concat([jpg.subarray(0, 2), Buffer.from([0xff, 0xfe]), length, comment, jpg.subarray(2)]));
    const sha = sha256Hex(image);
    const requested: string[] = [];
    const readFile = async (s: string) => {
      requested.push(s);
      return s === sha ? image : (sample.files.get(s) ?? null);
    };
    const evidence = sample.snapshot.evidence.map((e) => (e.id === 'ev-3'
      ? { ...e, attachment: { sha256: sha, name: 'grok.jpg', mime: 'image/jpeg', size: image.length }, hashes: { ...e.hashes, sha256: sha } }
      : e));
    const built = await buildBundle({ snapshot: { ...sample.snapshot, evidence }, options: { ...OPTIONS, sections: ['D'] }, fonts: loadFonts(), readFile });
    const slip = built.report.pageMap.find((d) => d.key === 'exhibit:ev-3')!;
    expect(slip.lastPage).toBe(slip.firstPage);
    expect((await readBack(built.bytes)).texts[slip.firstPage - 1]).toContain('WITHHELD');
    expect(requested).not.toContain(sha);
    expect(Buffer.from(built.bytes).includes(WITHHELD_MARKER)).toBe(false);
    const images = withTempPdf(built.bytes, (path) => tool('pdfimages', ['-list', '-f', String(slip.firstPage), '-l', String(slip.lastPage), path]));
    // Only the two header lines: no image on the slip sheet.
    expect(images.trim().split('\n')).toHaveLength(2);
  });
});
