import { expect, type Locator, type Page } from '@playwright/test';

export interface CaseFields {
  title: string;
  shortName?: string;
  reference?: string;
  court?: string;
  jurisdiction?: string;
  hearingDate?: string;
}

/** The app as a user meets it, found by role and label like a screen reader would. */
export class AppPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('banner')).toBeVisible();
  }

  get caseTable(): Locator {
    return this.page.getByRole('table');
  }

  caseRow(title: string): Locator {
    return this.caseTable.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: title }) });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async createCase(fields: CaseFields): Promise<void> {
    await this.page.getByRole('button', { name: 'New case' }).click();
    await this.fillCaseForm(fields);
    await this.dialog.getByRole('button', { name: 'Create case' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async fillCaseForm(fields: CaseFields): Promise<void> {
    const d = this.dialog;
    await d.getByLabel('Title').fill(fields.title);
    if (fields.shortName !== undefined) await d.getByLabel('Short name').fill(fields.shortName);
    if (fields.reference !== undefined) await d.getByLabel('Reference or claim number').fill(fields.reference);
    if (fields.court !== undefined) await d.getByLabel('Court or authority').fill(fields.court);
    if (fields.jurisdiction !== undefined) await d.getByLabel('Jurisdiction').fill(fields.jurisdiction);
    if (fields.hearingDate !== undefined) await d.getByLabel('Hearing date').fill(fields.hearingDate);
  }

  async goToCases(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  }
}
