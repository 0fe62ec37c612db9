import type { Page } from '@playwright/test';

/**
 * Writes rows straight into the app's IndexedDB (for what has no screen yet,
 * such as arguments, or for volume) and reloads so the app reads them.
 * `update` merges fields into existing rows by key. The case's fact counter
 * is raised past any seeded fact number, as the app would have done.
 */
export async function seed(page: Page, caseId: string, data: { facts?: object[]; arguments?: object[]; update?: { store: string; key: string; fields: object }[] }): Promise<void> {
  await page.evaluate(async ({ caseId, data }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('expediente');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['facts', 'arguments', 'cases'], 'readwrite');
    const get = (store: string, key: string) => new Promise<Record<string, unknown>>((resolve, reject) => {
      const request = tx.objectStore(store).get(key);
      request.onsuccess = () => resolve(request.result as Record<string, unknown>);
      request.onerror = () => reject(request.error);
    });
    for (const row of data.facts ?? []) tx.objectStore('facts').put({ caseId, archivedAt: null, ...row });
    for (const row of data.arguments ?? []) tx.objectStore('arguments').put({ caseId, archivedAt: null, ...row });
    for (const { store, key, fields } of data.update ?? []) tx.objectStore(store).put({ ...(await get(store, key)), ...fields });
    const numbers = (data.facts ?? []).map((f) => (f as { number: number }).number);
    if (numbers.length > 0) {
      const theCase = await get('cases', caseId);
      tx.objectStore('cases').put({ ...theCase, lastFactNumber: Math.max(Number(theCase.lastFactNumber), ...numbers) });
    }
    await new Promise<void>((resolve, reject) => { tx.oncomplete = () => resolve(); tx.onerror = () => reject(tx.error); });
    db.close();
  }, { caseId, data });
  await page.reload();
}

/** A fact row as the app stores it, dated to a day. */
export function dayFact(number: number, day: string, text: string, over: object = {}): object {
  return {
    id: `seed-fact-${number}`, number, text, status: 'undisputed', materiality: 'unsure', evidence: [], partyIds: [], argumentIds: [],
    date: { precision: 'day', start: day, end: null, timeZone: null }, ...over,
  };
}
