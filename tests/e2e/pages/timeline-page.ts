import { expect, type Locator, type Page } from '@playwright/test';

/** The chronology's views and its timeline. */
export class TimelinePage {
  constructor(readonly page: Page) {}

  async show(view: 'All facts' | 'Undisputed facts' | 'Facts by issue', display?: 'Table' | 'Timeline'): Promise<void> {
    await this.page.getByRole('group', { name: 'Ready-made views' }).getByRole('button', { name: view }).click();
    if (display) await this.page.getByRole('group', { name: 'Show as' }).getByRole('button', { name: display }).click();
  }

  get drawing(): Locator {
    return this.page.getByRole('group', { name: 'Timeline of the facts, drawn to scale' });
  }

  /** A fact on the timeline, by its accessible name's start: "Fact 3, 10 Feb 2026". */
  fact(name: string): Locator {
    return this.drawing.getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  }

  cluster(count: number): Locator {
    return this.drawing.getByRole('button', { name: new RegExp(`^${count} facts close together`) });
  }

  get openFact(): Locator {
    return this.page.getByRole('article');
  }

  async zoom(button: 'Zoom in' | 'Zoom out' | 'Fit all' | 'Earlier' | 'Later'): Promise<void> {
    await this.page.getByRole('toolbar', { name: 'Timeline zoom' }).getByRole('button', { name: button }).click();
  }

  async width(locator: Locator): Promise<number> {
    const box = await locator.boundingBox();
    expect(box).not.toBeNull();
    return box!.width;
  }
}
