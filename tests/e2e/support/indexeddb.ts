import type { Page } from '@playwright/test';

/**
 * Searches every object store of the app's database — strings, blobs and
 * binary values, nested at any depth — plus Cache Storage and localStorage,
 * for a marker string. Reads IndexedDB directly, not through the app.
 */
export function findMarkerInStorage(page: Page, marker: string): Promise<string[]> {
  return page.evaluate(async (needle) => {
    const hits: string[] = [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('expediente');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');
    const visit = async (value: unknown, where: string): Promise<void> => {
      if (typeof value === 'string') {
        if (value.includes(needle)) hits.push(where);
      } else if (value instanceof Blob) {
        if (latin1(new Uint8Array(await value.arrayBuffer())).includes(needle)) hits.push(`${where} (blob)`);
      } else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
        const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
        if (latin1(bytes).includes(needle)) hits.push(`${where} (bytes)`);
      } else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) await visit(v, `${where}.${k}`);
      }
    };
    for (const storeName of Array.from(db.objectStoreNames)) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const [i, row] of rows.entries()) await visit(row, `${storeName}[${i}]`);
    }
    db.close();
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) hits.push(`cache ${name}: ${request.url}`);
    }
    for (let i = 0; i < localStorage.length; i += 1) await visit(localStorage.getItem(localStorage.key(i)!), `localStorage`);
    return hits;
  }, marker);
}

/** The id of the case open in the workspace, from the URL. */
export function openCaseId(page: Page): string {
  const match = /#\/cases\/([^/]+)/.exec(page.url());
  if (!match) throw new Error(`No case open at ${page.url()}`);
  return match[1]!;
}

/** Replaces a stored file's bytes behind the app's back (a tampering test), keeping its recorded SHA-256. */
export function forgeStoredFile(page: Page, sha256: string, forged: string): Promise<void> {
  return page.evaluate(async ({ sha, text }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('expediente');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = db.transaction('files', 'readwrite').objectStore('files');
    const row = await new Promise<Record<string, unknown>>((resolve) => {
      const request = store.get(sha);
      request.onsuccess = () => resolve(request.result);
    });
    await new Promise((resolve) => {
      const request = store.put({ ...row, blob: new Blob([text]) });
      request.onsuccess = resolve;
    });
    db.close();
  }, { sha: sha256, text: forged });
}
