import { describe, expect, it } from 'vitest';
import { buildBundle, type BundleOptions } from '../../shared/bundle';
import { loadFonts, sampleCase } from '../fixtures/bundle/sample-case';

const options: BundleOptions = { profile: 'internal', numbering: 'consecutive', bundleDate: '2026-03-10', deterministic: true, sections: ['A', 'B', 'D', 'H'] };

describe('deterministic mode', () => {
  it('gives byte-identical output for identical input', async () => {
    // One sample: its source PDFs carry their own creation dates, so a second sample is different input.
    const a = await sampleCase();
    const first = await buildBundle({ snapshot: a.snapshot, options, fonts: loadFonts(), readFile: a.readFile });
    const second = await buildBundle({ snapshot: structuredClone(a.snapshot), options, fonts: loadFonts(), readFile: a.readFile });
    expect(first.bytes.length).toBe(second.bytes.length);
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
  });

  it('changes bytes (and /ID) when the input changes', async () => {
    const a = await sampleCase();
    const first = await buildBundle({ snapshot: a.snapshot, options, fonts: loadFonts(), readFile: a.readFile });
    a.snapshot.case.summary += ' Amended.';
    const second = await buildBundle({ snapshot: a.snapshot, options, fonts: loadFonts(), readFile: a.readFile });
    const id = (bytes: Uint8Array) => /\/ID \[ <([0-9A-F]+)>/i.exec(Buffer.from(bytes).toString('latin1'))?.[1];
    expect(id(first.bytes)).toBeDefined();
    expect(id(first.bytes)).not.toBe(id(second.bytes));
  });

  it('refuses deterministic mode without a fixed bundle date', async () => {
    const a = await sampleCase();
    await expect(buildBundle({ snapshot: a.snapshot, options: { ...options, bundleDate: undefined }, fonts: loadFonts(), readFile: a.readFile })).rejects.toThrow(/bundleDate/);
  });
});
