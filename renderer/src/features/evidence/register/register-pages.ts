import { toRegisterRow, type RegisterRow } from '@shared/review/register-row';
import type { ExpedienteDatabase } from '../../../db/database';
import type { CasePagesReader, PageItems } from '../../../db/follow-case-pages';
import { rowsOfBlock } from './register-block';
import { readRegisterInParts } from './register-read-client';

/**
 * A case's register rows kept by stored page, so a write that touched one
 * page replaces that page's rows and leaves every other row as it was (a
 * tag on one item of 100,000 re-reads 500 items, not the case). The whole
 * case is read by workers, into blocks of rows (register-block.ts); the few
 * pages a write touched, here.
 */
export class RegisterPages implements Omit<CasePagesReader, 'onRead'> {
  private byPage = new Map<number, RegisterRow[]>();
  private hasRead = false;
  private list: readonly RegisterRow[] | undefined;

  constructor(private readonly db: ExpedienteDatabase, private readonly caseId: string) {}

  /** Reads the whole case; what was read before stays until every part is in. Resolves with the time taken to apply it. */
  async loadAll(signal: AbortSignal): Promise<number> {
    const next = new Map<number, RegisterRow[]>();
    let applyMs = 0;
    await readRegisterInParts(this.db, this.caseId, signal, ({ block }) => {
      const t0 = performance.now();
      for (const { page, rows } of rowsOfBlock(block)) next.set(page, rows);
      applyMs += performance.now() - t0;
    });
    const t0 = performance.now();
    this.byPage = next;
    this.hasRead = true;
    this.list = undefined;
    return applyMs + performance.now() - t0;
  }

  readPages(pages: readonly { page: number; items: PageItems['items'] | undefined }[]): void {
    for (const { page, items } of pages) {
      if (items) this.byPage.set(page, items.map(toRegisterRow));
      else this.byPage.delete(page);
    }
    this.list = undefined;
  }

  /** Every row in page order (storage order); undefined until the whole case has been read once. A new list after each change. */
  get rows(): readonly RegisterRow[] | undefined {
    if (!this.hasRead) return undefined;
    if (!this.list) {
      const numbers = [...this.byPage.keys()].sort((a, b) => a - b);
      const list: RegisterRow[] = [];
      for (const n of numbers) for (const row of this.byPage.get(n)!) list.push(row);
      this.list = list;
    }
    return this.list;
  }
}
