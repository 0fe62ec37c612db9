import { Uint8ArrayReader, Uint8ArrayWriter, ZipReader, ZipWriter, configure } from '@zip.js/zip.js';

// No worker scripts (the CSP allows none from blob: URLs).
configure({ useWebWorkers: false });

/**
 * docx stamps what it writes with the moment of writing and draws random
 * ids: core-properties dates, zip entry times, hyperlink relationship ids
 * (random) and bookmark ids (a counter that runs on across documents).
 * This rewrites those from the document alone — the dates become the
 * filing's date — so the same filing gives the same bytes.
 */
export async function deterministicDocx(bytes: Uint8Array, ymd: string): Promise<Uint8Array> {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(ymd) && Number(ymd.slice(0, 4)) >= 1980 ? ymd : '1980-01-01';
  const reader = new ZipReader(new Uint8ArrayReader(bytes));
  const parts: { name: string; data: Uint8Array }[] = [];
  for (const entry of await reader.getEntries()) {
    if (entry.directory) continue;
    parts.push({ name: entry.filename, data: await entry.getData(new Uint8ArrayWriter()) });
  }
  await reader.close();

  const decoder = new TextDecoder();
  const texts = parts.map((p) => ({ name: p.name, text: /\.(xml|rels)$/.test(p.name) ? decoder.decode(p.data) : null }));
  const ids = relationshipIds(texts.flatMap((t) => (t.name.endsWith('.rels') && t.text ? [t.text] : [])));
  const bookmarks = new Map<string, string>();

  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // Local-time fields: the zip's DOS timestamps then read as that date in any time zone.
  const zip = new ZipWriter(new Uint8ArrayWriter(), { lastModDate: new Date(y, m - 1, d), extendedTimestamp: false, keepOrder: true });
  for (const [i, part] of parts.entries()) {
    let text = texts[i]!.text;
    if (text === null) {
      await zip.add(part.name, new Uint8ArrayReader(part.data), { level: 6 });
      continue;
    }
    text = text.replace(/="(rId[A-Za-z0-9_-]{21})"/g, (all, id: string) => (ids.has(id) ? `="${ids.get(id)}"` : all));
    text = text.replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)(")/g, (_all, pre: string, id: string, post: string) => {
      if (!bookmarks.has(id)) bookmarks.set(id, String(bookmarks.size + 1));
      return `${pre}${bookmarks.get(id)}${post}`;
    });
    if (part.name === 'docProps/core.xml') text = text.replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<)/g, `$1${date}T00:00:00Z$2`);
    await zip.add(part.name, new Uint8ArrayReader(new TextEncoder().encode(text)), { level: 6 });
  }
  return zip.close();
}

/** docx's random relationship ids ("rId" and 21 random characters), renamed rIdLink1, rIdLink2 … in the order the parts list them. */
function relationshipIds(rels: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const text of rels) {
    for (const match of text.matchAll(/\bId="(rId[A-Za-z0-9_-]{21})"/g)) {
      if (!ids.has(match[1]!)) ids.set(match[1]!, `rIdLink${ids.size + 1}`);
    }
  }
  return ids;
}
