import { expect, type Locator, type Page } from '@playwright/test';

/** The Arguments section of one case. */
export class ArgumentsPage {
  constructor(readonly page: Page) {}

  get list(): Locator {
    return this.page.getByRole('list', { name: 'Arguments in case order' });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** The open argument, found by its heading. */
  argument(heading: string): Locator {
    return this.page.getByRole('article', { name: heading });
  }

  element(n: number): Locator {
    return this.dialog.getByRole('group', { name: `Element ${n}`, exact: true });
  }

  editor(heading: string): Locator {
    return this.page.getByRole('textbox', { name: `Text of ${heading}` });
  }

  get picker(): Locator {
    return this.page.getByRole('listbox', { name: 'Cite' });
  }

  get tableOfAuthorities(): Locator {
    return this.page.getByRole('region', { name: 'Table of authorities' });
  }

  async add(heading: string, theory: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add argument' }).click();
    await this.dialog.getByRole('textbox', { name: /^Heading/ }).fill(heading);
    await this.dialog.getByLabel('Theory').selectOption({ label: theory });
  }

  async addLegalBasis(optionLabel: string | RegExp, pinpoint = ''): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Add a provision or authority' }).click();
    const select = this.dialog.getByLabel('Provision or authority').last();
    const value = await select.locator('option').filter({ hasText: optionLabel }).first().getAttribute('value');
    await select.selectOption(value!);
    if (pinpoint) await this.dialog.getByLabel('Pinpoint', { exact: true }).last().fill(pinpoint);
  }

  async addElement(text: string): Promise<Locator> {
    await this.dialog.getByRole('button', { name: 'Add an element' }).click();
    const count = await this.dialog.getByRole('group', { name: /^Element \d+$/ }).count();
    const element = this.element(count);
    await element.getByLabel('Element', { exact: true }).fill(text);
    return element;
  }

  async addSupport(element: Locator, optionLabel: string | RegExp): Promise<void> {
    const select = element.getByLabel('Fact, exhibit or expert finding');
    const value = await select.locator('option').filter({ hasText: optionLabel }).first().getAttribute('value');
    await select.selectOption(value!);
    await element.getByRole('button', { name: 'Add support' }).click();
  }

  async save(label = 'Add argument'): Promise<void> {
    await this.dialog.getByRole('button', { name: label, exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }
}
