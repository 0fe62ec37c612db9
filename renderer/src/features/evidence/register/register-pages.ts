import { toRegisterRow, type RegisterRow } from '@shared/review/register-row';
import type { CasePagesReader, PageItems } from '../../../db/follow-case-pages';

/**
 * A case's register rows kept by stored page, so a write that touched one
 * page replaces that page's rows and leaves every other row as it was (a
 * tag on one item of 100,000 re-reads 500 items, not the case).
 */
export class RegisterPages implements Omit<CasePagesReader, 'onRead'> {
  private byPage = new Map<number, RegisterRow[]>();
  private hasRead = false;
  private list: readonly RegisterRow[] | undefined;

  readAll() {
    const next = new Map<number, RegisterRow[]>();
    return {
      step: (pages: readonly PageItems[]) => {
        for (const { page, items } of pages) next.set(page, items.map(toRegisterRow));
      },
      finish: () => {
        this.byPage = next;
        this.hasRead = true;
        this.list = undefined;
      },
    };
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
