import { createHash } from 'node:crypto';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** Small real files for intake tests, with their SHA-256 computed by Node (not by the app). */
export interface TestFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
  sha256: string;
}

function file(name: string, mimeType: string, buffer: Buffer): TestFile {
  return { name, mimeType, buffer, sha256: createHash('sha256').update(buffer).digest('hex') };
}

// A valid 1×1 PNG.
const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export function pngNamedAsPdf(): TestFile {
  return file('screenshot-from-x.pdf', 'application/pdf', PNG_1PX);
}

export function textFile(name: string, text: string): TestFile {
  return file(name, 'text/plain', Buffer.from(text, 'utf8'));
}

/** Bytes no other test or asset contains, to search IndexedDB for. */
export function markedFile(name: string): TestFile & { marker: string } {
  const marker = `WITHHELD-MARKER-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  const body = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(marker.repeat(50))]);
  return { ...file(name, 'image/png', body), marker };
}

/** A real PDF of `pages` text pages (made with pdf-lib), for bundles big enough to take a while to build. */
export async function longPdf(name: string, pages: number): Promise<TestFile> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 1; p <= pages; p++) {
    const page = doc.addPage([595, 842]);
    page.drawText(`${name}, page ${p}`, { x: 60, y: 780, size: 16, font });
    for (let l = 1; l <= 20; l++) page.drawText(`Line ${l}: message ${p}-${l} as posted on the platform`, { x: 60, y: 740 - l * 20, size: 10, font });
  }
  return file(name, 'application/pdf', Buffer.from(await doc.save()));
}
