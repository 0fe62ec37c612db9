import { expect, type Locator, type Page } from '@playwright/test';

/** The case-wide search of the workspace header (Ctrl+K). */
export class CaseSearch {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Search the case' });
  }

  get box(): Locator {
    return this.dialog.getByRole('combobox', { name: 'Search evidence, facts, expert findings and arguments' });
  }

  get results(): Locator {
    return this.dialog.getByRole('listbox', { name: 'Results' });
  }

  /** The results of one kind ("Facts", "Expert findings" …). */
  group(kind: string): Locator {
    return this.results.getByRole('group', { name: new RegExp(`^${kind}`) });
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await expect(this.box).toBeFocused();
  }

  async search(text: string): Promise<void> {
    await this.box.fill(text);
  }
}
