import { expect, type Locator, type Page } from '@playwright/test';
import type { TestFile } from '../support/files';
import { AppPage } from './app-page';

/** The evidence register of one case. */
export class EvidencePage {
  readonly app: AppPage;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
  }

  /** A fresh case, opened on its Evidence section. */
  async openNewCase(title = 'Evidence test case'): Promise<void> {
    await this.app.open();
    await this.app.createCase({ title });
    await expect(this.page.getByRole('heading', { level: 2, name: 'Evidence' })).toBeVisible();
  }

  get register(): Locator {
    return this.page.getByRole('grid', { name: 'Evidence register' });
  }

  row(exhibitNo: string): Locator {
    return this.register.getByRole('row').filter({ has: this.page.getByRole('gridcell', { name: exhibitNo, exact: true }) });
  }

  get detail(): Locator {
    return this.page.getByRole('complementary');
  }

  /** Registers an item by the form alone (no file), as a paralegal logging a post by its title. */
  async registerByTitle(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Register evidence' }).click();
    const register = this.page.getByRole('dialog', { name: 'Register evidence' });
    await register.getByLabel('Title').fill(title);
    await register.getByRole('button', { name: 'Register' }).click();
    await expect(register).toBeHidden();
  }

  async registerAs(sensitivity: 'Normal' | 'Confidential' | 'Restricted' | 'Withheld'): Promise<void> {
    await this.page.getByRole('group', { name: 'Register dropped files as' }).getByLabel(sensitivity).check();
  }

  async pick(files: TestFile[]): Promise<void> {
    await this.page.getByLabel('Choose files…').setInputFiles(files.map(({ name, mimeType, buffer }) => ({ name, mimeType, buffer })));
    await expect(this.page.getByRole('region', { name: 'Intake report' })).toBeVisible();
  }

  /** A real drop event carrying real File objects, as the OS would deliver them. */
  async drop(files: TestFile[]): Promise<void> {
    const payload = files.map((f) => ({ name: f.name, type: f.mimeType, base64: f.buffer.toString('base64') }));
    const dataTransfer = await this.page.evaluateHandle((items) => {
      const dt = new DataTransfer();
      for (const item of items) {
        const bytes = Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], item.name, { type: item.type }));
      }
      return dt;
    }, payload);
    const zone = this.page.getByTestId('evidence-dropzone');
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
    await expect(this.page.getByRole('region', { name: 'Intake report' })).toBeVisible();
  }

  async open(exhibitNo: string): Promise<void> {
    await this.row(exhibitNo).click();
    await expect(this.detail.getByRole('heading', { level: 3 }).first()).toContainText(exhibitNo);
  }

  /** Opens the item, edits its title and waits for the save (the dialog is modal until it is written). */
  async retitle(exhibitNo: string, title: string): Promise<void> {
    await this.open(exhibitNo);
    await this.detail.getByRole('button', { name: 'Edit' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Edit evidence' });
    await dialog.getByLabel('Title').fill(title);
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toBeHidden();
  }

  custody(): Locator {
    return this.detail.getByRole('region', { name: 'Chain of custody' });
  }
}
