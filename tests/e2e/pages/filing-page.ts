import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { expect, type Locator, type Page } from '@playwright/test';

export interface SavedFile {
  name: string;
  path: string;
  bytes: Buffer;
  sha256: string;
}

/** The Filing section of one case. */
export class FilingPage {
  constructor(readonly page: Page) {}

  get summary(): Locator {
    return this.page.getByRole('complementary', { name: 'Summary' });
  }

  get warnings(): Locator {
    return this.summary.getByRole('list', { name: 'Check before filing' });
  }

  get parties(): Locator {
    return this.page.getByRole('group', { name: 'Parties named in the heading' });
  }

  get grounds(): Locator {
    return this.page.getByRole('group', { name: 'Legal grounds' });
  }

  get result(): Locator {
    return this.page.getByRole('status', { name: 'Filing saved', exact: true });
  }

  /** A count in the summary ("Footnotes" → 3). */
  count(label: string): Locator {
    return this.summary.locator('dl div').filter({ has: this.page.getByText(label, { exact: true }) }).locator('dd');
  }

  /** Exports, waits for the download and reads it back with Node, not the app. */
  async export(format: 'PDF' | 'DOCX'): Promise<SavedFile> {
    const download = this.page.waitForEvent('download', { timeout: 60_000 });
    const failure = this.page.getByRole('alert').filter({ hasText: 'could not be exported' });
    await this.page.getByRole('button', { name: `Export ${format}` }).click();
    // Fail at once with the app's own message rather than after the download timeout.
    const file = await Promise.race([download, failure.waitFor({ timeout: 60_000 }).then(async () => null)]);
    if (!file) throw new Error(`Export ${format} failed: ${await failure.textContent()}`);
    const path = (await file.path())!;
    const bytes = await readFile(path);
    await expect(this.result).toBeVisible({ timeout: 30_000 });
    return { name: file.suggestedFilename(), path, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
  }
}
