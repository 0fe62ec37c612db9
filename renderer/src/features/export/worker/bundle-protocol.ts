import type { BundleOptions, BundleProgress, BundleReport, CaseSnapshot, FontBytes } from '@shared/bundle/snapshot';

/**
 * Messages between the export screen and the bundle worker. There is no
 * 'cancel' request: the screen ends the worker (see bundle-client.ts).
 */
export type BundleRequest = { type: 'build'; snapshot: CaseSnapshot; options: BundleOptions; fonts: FontBytes };

export type BundleResponse =
  | { type: 'progress'; progress: BundleProgress }
  | { type: 'done'; bytes: Uint8Array; sha256: string; report: BundleReport }
  | { type: 'failed'; message: string };
