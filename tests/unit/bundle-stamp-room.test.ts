import { PDFDocument, StandardFonts, concatTransformationMatrix, degrees, popGraphicsState, pushGraphicsState } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../shared/audit/sha256';
import { buildBundle } from '../../shared/bundle';
import { displayToUser } from '../../shared/bundle/stamps';
import { loadFonts, sampleCase } from '../fixtures/bundle/sample-case';
import { readBack } from '../fixtures/bundle/read-pdf';

const PAGES = [
  { size: [595, 842] as [number, number], rotate: 0, name: 'portrait' },
  { size: [595, 842] as [number, number], rotate: 90, name: 'rotated' },
  { size: [842, 595] as [number, number], rotate: 0, name: 'landscape' },
  { size: [595, 842] as [number, number], rotate: 180, name: 'upside-down' },
];

/** Source pages with writing in the very corner where the stamp goes, as displayed (after /Rotate). */
async function cornerPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const spec of PAGES) {
    const page = doc.addPage(spec.size);
    page.setRotation(degrees(spec.rotate));
    const view = displayToUser(spec.rotate, { x: 0, y: 0, width: spec.size[0], height: spec.size[1] });
    page.pushOperators(pushGraphicsState(), concatTransformationMatrix(...view.matrix));
    page.drawText(`TOP ${spec.name}`, { x: 20, y: view.height - 20, size: 10, font });
    page.drawText(`FOOT ${spec.name}`, { x: view.width - 90, y: 4, size: 10, font });
    page.pushOperators(popGraphicsState());
  }
  return doc.save();
}

describe('room for the stamp on merged pages', () => {
  it('shrinks the content so writing at the foot stays visible above the stamp, on every orientation', async () => {
    const sample = await sampleCase();
    const bytes = await cornerPdf();
    const sha = sha256Hex(bytes);
    sample.files.set(sha, bytes);
    const e = sample.snapshot.evidence[0]!;
    e.attachment = { sha256: sha, name: 'corner.pdf', mime: 'application/pdf', size: bytes.length };
    e.hashes.sha256 = sha;
    const { bytes: out, report } = await buildBundle({ snapshot: sample.snapshot, options: { profile: 'internal', numbering: 'consecutive', sections: ['D'] }, fonts: loadFonts(), readFile: sample.readFile });
    const pdf = await readBack(out);
    const entry = report.pageMap.find((d) => d.key === `exhibit:${e.id}`)!;
    PAGES.forEach((spec, k) => {
      const index = entry.firstPage + k; // 0-based: the cover sheet is at firstPage - 1
      const items = pdf.items[index]!;
      const foot = items.find((it) => it.text === `FOOT ${spec.name}`);
      const top = items.find((it) => it.text === `TOP ${spec.name}`);
      const stamp = items.find((it) => it.text === String(index + 1));
      expect(foot && top && stamp, spec.name).toBeTruthy();
      // The stamp box is about 15 pt tall, 12 pt above the displayed foot; the foot text's baseline is now above it.
      expect(foot!.upright && top!.upright, spec.name).toBe(true);
      expect(foot!.y, spec.name).toBeLessThan(foot!.viewH - 27);
      expect(stamp!.y, spec.name).toBeGreaterThan(foot!.y);
      // Still on the page, near where it was written: the shrink is a few per cent, not a new layout.
      expect(top!.y, spec.name).toBeGreaterThan(15);
      expect(foot!.x, spec.name).toBeGreaterThan(foot!.viewW - 110);
    });
  });
});
