import { SECTION_IDS, type BundleOptions, type ResolvedOptions } from './snapshot';

/** Applies defaults so every later step reads one complete, printable settings object. */
export function resolveOptions(options: BundleOptions, now: Date): ResolvedOptions {
  const isFiling = options.profile === 'filing';
  const bundleDate = options.bundleDate ?? now.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(bundleDate)) throw new RangeError(`bundleDate must be yyyy-mm-dd, got "${bundleDate}"`);
  const wanted = new Set(options.sections ?? SECTION_IDS);
  return {
    profile: options.profile,
    numbering: options.numbering,
    batesPrefix: options.batesPrefix ?? '',
    batesDigits: clampInt(options.batesDigits ?? 6, 1, 12),
    startNumber: clampInt(options.startNumber ?? 1, 1, 1e9),
    // Keep A–H order whatever order the caller listed them in.
    sections: SECTION_IDS.filter((s) => wanted.has(s)),
    emptySections: options.emptySections ?? 'placeholder',
    evidenceIds: options.evidenceIds ?? null,
    exhibitOrder: options.exhibitOrder ?? (options.evidenceIds ? 'custom' : 'number'),
    // PRODUCT.md: restricted items leave the app only when an export explicitly includes them.
    includeRestricted: options.includeRestricted ?? false,
    includeNotes: options.includeNotes ?? !isFiling,
    confidentialityLegend: options.confidentialityLegend ?? '',
    preparedBy: options.preparedBy ?? '',
    bundleDate,
    deterministic: options.deterministic ?? false,
    verifyHashes: options.verifyHashes ?? true,
    objectStreams: options.objectStreams ?? true,
  };
}

function clampInt(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}
