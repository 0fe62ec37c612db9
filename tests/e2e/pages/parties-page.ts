import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

export interface PartyFields {
  name: string;
  shortName?: string;
  role?: string; // option label, e.g. 'Victim'
  kind?: string;
  legalEntityName?: string;
  registeredSeat?: string;
  isProtected?: boolean;
  pseudonym?: string;
}

/** The Parties section of one case. */
export class PartiesPage {
  readonly app: AppPage;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  async openNewCase(title = 'Parties test case'): Promise<void> {
    await this.app.open();
    await this.app.createCase({ title });
    await this.goTo();
  }

  async goTo(section = 'Parties'): Promise<void> {
    await this.page.getByRole('navigation', { name: /Case sections|Secciones del caso/ }).getByRole('link', { name: section }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: section })).toBeVisible();
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Parties of the case' });
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async fill(fields: PartyFields): Promise<void> {
    const d = this.dialog;
    await d.getByRole('textbox', { name: /^Name/ }).fill(fields.name);
    if (fields.shortName !== undefined) await d.getByLabel('Short name').fill(fields.shortName);
    if (fields.role) await d.getByLabel('Role').selectOption({ label: fields.role });
    if (fields.kind) await d.getByLabel('Kind').selectOption({ label: fields.kind });
    if (fields.legalEntityName !== undefined) await d.getByLabel('Legal entity name').fill(fields.legalEntityName);
    if (fields.registeredSeat !== undefined) await d.getByLabel('Registered seat').fill(fields.registeredSeat);
    if (fields.isProtected !== undefined) await d.getByLabel('Protected party (minor or victim)').setChecked(fields.isProtected);
    if (fields.pseudonym !== undefined) await d.getByLabel('Pseudonym').fill(fields.pseudonym);
  }

  async add(fields: PartyFields): Promise<void> {
    await this.page.getByRole('button', { name: 'Add party' }).click();
    await expect(this.page.getByRole('dialog', { name: 'Add party' })).toBeVisible();
    await this.fill(fields);
    await this.dialog.getByRole('button', { name: 'Add party' }).click();
    await expect(this.dialog).toBeHidden();
  }
}
