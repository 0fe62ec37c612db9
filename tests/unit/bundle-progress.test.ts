import { describe, expect, it } from 'vitest';
import { buildBundle, type BundleProgress } from '../../shared/bundle';
import { loadFonts, sampleCase } from '../fixtures/bundle/sample-case';

describe('progress and cancel', () => {
  it('reports progress per document, in order, up to the total', async () => {
    const s = await sampleCase();
    const seen: BundleProgress[] = [];
    await buildBundle({ snapshot: s.snapshot, options: { profile: 'internal', numbering: 'consecutive' }, fonts: loadFonts(), readFile: s.readFile, onProgress: (p) => seen.push(p) });
    const steps = seen.filter((p) => p.section !== 'finish');
    expect(steps.map((p) => p.done)).toEqual(steps.map((_, i) => i + 1));
    expect(steps.at(-1)?.done).toBe(steps[0]?.total);
    expect(steps.some((p) => p.label === 'Exhibit E-0004')).toBe(true);
    expect(seen.at(-1)?.section).toBe('finish');
  });

  it('stops when cancelled: no further files are read and the promise rejects with AbortError', async () => {
    const s = await sampleCase();
    const controller = new AbortController();
    const reads: { sha: string; afterCancel: boolean }[] = [];
    const run = buildBundle({
      snapshot: s.snapshot,
      options: { profile: 'internal', numbering: 'consecutive' },
      fonts: loadFonts(),
      readFile: async (sha) => {
        reads.push({ sha, afterCancel: controller.signal.aborted });
        return s.readFile(sha);
      },
      onProgress: (p) => {
        if (p.label === 'Exhibit E-0002') controller.abort();
      },
      signal: controller.signal,
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    // E-0001 (and the prefetch of E-0002) were read before the cancel; nothing after it.
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.length).toBeLessThanOrEqual(2);
    expect(reads.filter((r) => r.afterCancel)).toEqual([]);
  });
});
