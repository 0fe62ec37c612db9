import type { BundleOptions, BundleProgress, BundleReport, CaseSnapshot, FontBytes } from '@shared/bundle/snapshot';

/** Messages between the export screen and the bundle worker. */
export type BundleRequest =
  | { type: 'build'; snapshot: CaseSnapshot; options: BundleOptions; fonts: FontBytes }
  | { type: 'cancel' };

export type BundleResponse =
  | { type: 'progress'; progress: BundleProgress }
  | { type: 'done'; bytes: Uint8Array; sha256: string; report: BundleReport }
  | { type: 'cancelled' }
  | { type: 'failed'; message: string };
