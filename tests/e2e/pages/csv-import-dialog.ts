import { expect, type Locator, type Page } from '@playwright/test';

/** The "Import CSV…" wizard of the evidence register. */
export class CsvImportDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import evidence from a CSV file' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import CSV…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  /** Picks a file through the real file chooser the app opens. */
  async choose(name: string, bytes: Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.dialog.getByRole('button', { name: 'Choose a CSV file…' }).click();
    await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: bytes });
    await expect(this.dialog.getByRole('heading', { name: 'Preview' })).toBeVisible();
  }

  fieldFor(column: string): Locator {
    return this.dialog.getByRole('combobox', { name: `Field for column “${column}”` });
  }

  get preview(): Locator {
    return this.dialog.getByRole('table', { name: /will be stored/ });
  }

  previewRow(row: number): Locator {
    return this.preview.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: String(row), exact: true }) });
  }

  get summary(): Locator {
    return this.dialog.getByRole('status').filter({ hasText: /rows:/ });
  }
}
