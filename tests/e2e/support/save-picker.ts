import type { Page } from '@playwright/test';

/**
 * How a test answers the browser edition's "Save as": headless Chromium has
 * showSaveFilePicker but aborts it at once (no dialog), so a test either
 * takes it away — the Blob-download fallback other browsers get — or answers
 * it with a real file in the origin-private file system, which the app then
 * writes through the same FileSystemWritableFileStream a user's file gets.
 */
export async function saveByDownload(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'showSaveFilePicker', { value: undefined, configurable: true });
  });
}

/** Answers "Save as" with a file of that name in the private folder; each write can be slowed to leave time for Cancel. */
export async function saveToPrivateFolder(page: Page, options: { writeDelayMs?: number } = {}): Promise<void> {
  await page.addInitScript((delay: number) => {
    const pick = async ({ suggestedName }: { suggestedName: string }) => {
      const file = await (await navigator.storage.getDirectory()).getFileHandle(suggestedName, { create: true });
      if (!delay) return file;
      const createWritable = file.createWritable.bind(file);
      // The same handle, with writes that take a while (a slow USB stick).
      return Object.assign(file, {
        createWritable: async () => {
          const writable = await createWritable();
          const write = writable.write.bind(writable);
          return Object.assign(writable, { write: async (data: FileSystemWriteChunkType) => { await new Promise((r) => setTimeout(r, delay)); return write(data); } });
        },
      });
    };
    Object.defineProperty(window, 'showSaveFilePicker', { value: pick, configurable: true });
  }, options.writeDelayMs ?? 0);
}

/** Names of the files in the private folder. */
export async function privateFiles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const names: string[] = [];
    for await (const name of (await navigator.storage.getDirectory() as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
    return names;
  });
}

/** A file from the private folder, as base64 (to hand back to the app through a file chooser). */
export async function privateFileBase64(page: Page, name: string): Promise<string> {
  return page.evaluate(async (fileName) => {
    const file = await (await (await navigator.storage.getDirectory()).getFileHandle(fileName)).getFile();
    const url = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsDataURL(file);
    });
    return url.slice(url.indexOf(',') + 1);
  }, name);
}
