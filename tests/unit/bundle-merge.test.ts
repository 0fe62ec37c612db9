import { PDFArray, PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/audit/sha256';
import { buildBundle } from '../../shared/bundle';
import { displayToUser } from '../../shared/bundle/stamps';
import { makePseudonymiser } from '../../shared/bundle/pseudonymise';
import { loadFonts, sampleCase } from '../fixtures/bundle/sample-case';
import { pdfStructure, readBack } from '../fixtures/bundle/read-pdf';

/** A 3-page PDF whose page 1 links to page 3, runs JavaScript on open and carries a file attachment. */
async function hostilePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const pages = [1, 2, 3].map((n) => {
    const p = doc.addPage([595, 842]);
    p.drawText(`HOSTILE page ${n}`, { x: 60, y: 700, size: 20, font });
    return p;
  });
  const ctx = doc.context;
  const link = ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [50, 680, 300, 730], Dest: [pages[2]!.ref, 'Fit'] }));
  const js = ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [50, 600, 300, 650], A: { S: 'JavaScript', JS: PDFString.of('app.alert(1)') } }));
  const file = ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'FileAttachment', Rect: [50, 500, 70, 520], FS: { Type: 'Filespec', F: PDFString.of('payload.exe') } }));
  pages[0]!.node.set(PDFName.of('Annots'), ctx.obj([link, js, file]));
  pages[0]!.node.set(PDFName.of('AA'), ctx.obj({ O: { S: 'JavaScript', JS: PDFString.of('app.alert(2)') } }));
  expect(pages[0]!.node.lookup(PDFName.of('Annots'), PDFArray).size()).toBe(3);
  return doc.save();
}

describe('merging source PDFs', () => {
  it('re-aims internal links at the copied pages and strips scripts and attached files', async () => {
    const sample = await sampleCase();
    const bytes = await hostilePdf();
    const sha = sha256Hex(bytes);
    sample.files.set(sha, bytes);
    const e = sample.snapshot.evidence[0]!;
    e.attachment = { sha256: sha, name: 'hostile.pdf', mime: 'application/pdf', size: bytes.length };
    e.hashes.sha256 = sha;
    const { bytes: out, report } = await buildBundle({ snapshot: sample.snapshot, options: { profile: 'internal', numbering: 'consecutive', sections: ['D'] }, fonts: loadFonts(), readFile: sample.readFile });
    const pdf = await readBack(out);
    const entry = report.pageMap.find((d) => d.key === `exhibit:${e.id}`)!;
    const firstSource = entry.firstPage; // 0-based index of source page 1 (after the cover sheet)
    expect(pdf.texts[firstSource]).toContain('HOSTILE page 1');
    const links = pdf.links.filter((l) => l.pageIndex === firstSource);
    expect(links.map((l) => l.targetPage)).toEqual([firstSource + 2]);
    const structure = pdfStructure(out);
    for (const key of ['/JS', '/AA', '/EmbeddedFiles']) expect(structure.keys).not.toContain(key);
    for (const name of ['/JavaScript', '/FileAttachment', '/Launch']) expect(structure.names).not.toContain(name);
    expect(structure.strings.join('\n')).not.toMatch(/app\.alert|payload\.exe/);
    // No detached copies of source pages: the bundle has exactly the pages in its tree.
    expect(structure.pageCount).toBe(pdf.numPages);
  });
});

describe('stamp geometry', () => {
  const box = { x: 100, y: 200, width: 600, height: 400 };
  const apply = (m: number[], u: number, v: number) => [m[0]! * u + m[2]! * v + m[4]!, m[1]! * u + m[3]! * v + m[5]!];
  it.each([0, 90, 180, 270, -90, 450])('maps the displayed bottom-right corner to the right user-space corner (Rotate %i)', (rotate) => {
    const { matrix, width, height } = displayToUser(rotate, box);
    const r = ((rotate % 360) + 360) % 360;
    expect([width, height]).toEqual(r % 180 === 0 ? [600, 400] : [400, 600]);
    // Displayed bottom-right (width, 0) is, in user space: r=0 → (x+w, y); 90 → (x+w, y+h); 180 → (x, y+h); 270 → (x, y).
    const expected = { 0: [700, 200], 90: [700, 600], 180: [100, 600], 270: [100, 200] }[r as 0 | 90 | 180 | 270];
    expect(apply(matrix, width, 0)).toEqual(expected);
  });
});

describe('pseudonymiser', () => {
  it('replaces whole names and aliases case-insensitively, never parts of words; a protected party without a pseudonym is never named', async () => {
    const { snapshot } = await sampleCase();
    snapshot.parties.push({ id: 'p-ana', caseId: 'case-1', name: 'Ana', role: 'victim', kind: 'person', shortName: '', legalEntityName: '', registeredSeat: '', contact: '', notes: '', isProtected: true, pseudonym: null, archivedAt: null });
    const p = makePseudonymiser(snapshot, true);
    expect(p('ŁUKASZ ŻÓŁĆ met Ana and @lukasz_z; Banana and Anabel stay.')).toBe('V-1 met [protected party] and V-1; Banana and Anabel stay.');
    expect(makePseudonymiser(snapshot, false)('Łukasz Żółć')).toBe('Łukasz Żółć');
  });
});
