// Generates the bench inputs: N source PDFs of 1–20 pages (fixed pseudo-random
// sequence, so every run measures the same files), a third with a ~200 KB JPEG,
// a third with an embedded subset font, plus a case.json (CaseSnapshot) whose
// evidence items point at files/<sha256>.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** A detailed page rendered by poppler to JPEG, so the image is realistic in size (~200 KB). */
async function makeJpeg(dir) {
  const path = join(dir, 'photo.jpg');
  if (existsSync(path)) return readFileSync(path);
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const r = rng(7);
  for (let i = 0; i < 4000; i++) page.drawRectangle({ x: r() * 595, y: r() * 842, width: 2 + r() * 14, height: 2 + r() * 14, color: rgb(r(), r(), r()) });
  writeFileSync(join(dir, 'photo-src.pdf'), await doc.save());
  execFileSync('pdftoppm', ['-jpeg', '-jpegopt', 'quality=70', '-r', '60', '-singlefile', join(dir, 'photo-src.pdf'), join(dir, 'photo')]);
  return readFileSync(path);
}

/** Page counts 1–20 summing exactly to `pages`. */
function pageCounts(pages, files) {
  const r = rng(42);
  const counts = Array.from({ length: files }, () => 1 + Math.floor(r() * 20));
  let total = counts.reduce((a, b) => a + b, 0);
  for (let i = 0; total !== pages; i = (i + 1) % files) {
    if (total > pages && counts[i] > 1) { counts[i]--; total--; }
    else if (total < pages && counts[i] < 20) { counts[i]++; total++; }
  }
  return counts;
}

export async function generate(dir, pages, files) {
  if (existsSync(join(dir, 'case.json'))) return JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8'));
  mkdirSync(join(dir, 'files'), { recursive: true });
  const jpeg = await makeJpeg(dir);
  const mono = readFileSync(new URL('../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf', import.meta.url));
  const counts = pageCounts(pages, files);
  const evidence = [];
  const order = [];
  for (let f = 0; f < files; f++) {
    const doc = await PDFDocument.create();
    doc.registerFontkit(fontkit);
    const font = f % 3 === 2 ? await doc.embedFont(mono, { subset: true }) : await doc.embedFont(StandardFonts.Helvetica);
    const image = f % 3 === 1 ? await doc.embedJpg(jpeg) : null;
    for (let p = 0; p < counts[f]; p++) {
      const page = doc.addPage([595, 842]);
      page.drawText(`Source ${f + 1}, page ${p + 1}`, { x: 60, y: 780, size: 16, font });
      for (let l = 0; l < 30; l++) page.drawText(`Line ${l + 1}: lorem ipsum dolor sit amet, consectetur adipiscing elit ${f}-${p}`, { x: 60, y: 740 - l * 20, size: 10, font });
      if (image && p === 0) page.drawImage(image, { x: 60, y: 100, width: 300, height: 420 });
    }
    const bytes = await doc.save();
    const sha = createHash('sha256').update(bytes).digest('hex');
    writeFileSync(join(dir, 'files', sha), bytes);
    order.push(join(dir, 'files', sha));
    evidence.push({
      id: `ev-${f + 1}`, caseId: 'bench', exhibitNo: `E-${String(f + 1).padStart(4, '0')}`, title: `Bench exhibit ${f + 1}`, kind: 'document', platform: 'X',
      sourceUrl: `https://example.org/${f}`, platformContentId: String(f), account: '@bench', publishedAt: '2026-02-01T10:00:00Z', capturedAt: '2026-02-02T10:00:00Z',
      captureTimeZone: 'Europe/Madrid', capturedBy: 'Bench', captureMethod: 'generated', description: 'Generated source document.', sensitivity: 'normal',
      hashes: { sha256: sha, pdq: null }, attachment: { sha256: sha, name: `source-${f + 1}.pdf`, mime: 'application/pdf', size: bytes.length },
      externalReference: '', tagIds: [], reviewStatus: 'unreviewed', notes: '', archivedAt: null,
    });
  }
  const snapshot = {
    case: { id: 'bench', title: 'Bench v. Platform — Łukasz Żółć, Ελλάδα, Москва, niño', shortName: 'Bench', reference: 'B-1', court: 'Bench Court', jurisdiction: 'Spain', status: 'active', hearingDate: '2026-06-01', summary: 'Benchmark case.', defaultLocale: 'en', exhibitPrefix: 'E-', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' },
    parties: [], evidence, facts: [], expertReports: [], arguments: [], authorities: [], auditHeadHash: '0'.repeat(64),
  };
  writeFileSync(join(dir, 'case.json'), JSON.stringify(snapshot));
  writeFileSync(join(dir, 'order.txt'), order.join('\n'));
  return snapshot;
}
