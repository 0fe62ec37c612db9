import { expect, type Locator, type Page } from '@playwright/test';

export interface FactFields {
  precision: string; // option label, e.g. 'Month'
  day?: string;
  endDay?: string;
  month?: string;
  year?: string;
  text: string;
  status?: string;
  materiality?: 'Material' | 'Not material' | 'Materiality unsure';
  exhibits?: { exhibitNo?: string; pinpoint: string }[];
  parties?: string[];
}

/** The Chronology section of one case. */
export class ChronologyPage {
  constructor(readonly page: Page) {}

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Facts in date order' });
  }

  row(number: number): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: `Fact ${number}`, exact: true }) });
  }

  /** The fact numbers in the order the table shows them ("Fact 3", "Fact 1" …): assert with toHaveText([…]), which waits. */
  get order(): Locator {
    return this.table.getByRole('rowheader');
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async fill(fields: FactFields): Promise<void> {
    const d = this.dialog;
    await d.getByLabel('Date precision').selectOption({ label: fields.precision });
    if (fields.day !== undefined) await d.getByLabel(fields.endDay !== undefined ? 'From' : 'Date', { exact: true }).fill(fields.day);
    if (fields.endDay !== undefined) await d.getByLabel('To', { exact: true }).fill(fields.endDay);
    if (fields.month !== undefined) await d.getByLabel('Month', { exact: true }).fill(fields.month);
    if (fields.year !== undefined) await d.getByLabel('Year', { exact: true }).fill(fields.year);
    await d.getByLabel('Fact', { exact: true }).fill(fields.text);
    if (fields.status) await d.getByLabel('Status').selectOption({ label: fields.status });
    if (fields.materiality) await d.getByRole('radio', { name: fields.materiality, exact: true }).check();
    for (const [i, link] of (fields.exhibits ?? []).entries()) {
      if (link.exhibitNo !== undefined) {
        if ((await d.getByLabel('Exhibit number').count()) <= i) await d.getByRole('button', { name: 'Link an exhibit' }).click();
        await d.getByLabel('Exhibit number').nth(i).fill(link.exhibitNo);
      }
      await d.getByLabel('Pinpoint').nth(i).fill(link.pinpoint);
    }
    for (const party of fields.parties ?? []) await d.getByRole('checkbox', { name: new RegExp(`^${party}`) }).check();
  }

  async add(fields: FactFields): Promise<void> {
    await this.page.getByRole('button', { name: 'Add fact' }).click();
    await expect(this.page.getByRole('dialog', { name: 'Add fact' })).toBeVisible();
    await this.fill(fields);
    await this.dialog.getByRole('button', { name: 'Add fact' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
