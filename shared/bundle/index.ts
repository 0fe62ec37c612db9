/** The court bundle builder: pure TypeScript over pdf-lib, for the export worker and the CLI. */
export { buildBundle } from './build-bundle';
export { resolveOptions } from './options';
export { SECTION_IDS, SECTION_TITLES } from './snapshot';
export type {
  BundleInput, BundleOptions, BundleProfile, BundleProgress, BundleReport, BundleResult, BundleWarning, CaseSnapshot,
  FontBytes, NumberingProfile, PageMapEntry, ResolvedOptions, SectionId, WarningCode,
} from './snapshot';
