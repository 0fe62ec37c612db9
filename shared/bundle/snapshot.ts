import type { ImageResampler } from './image-resample';
import type {
  Authority, Case, EvidenceItem, ExpertReport, Fact, LegalArgument, Party, Sha256Hex,
} from '../domain/types';

/**
 * Everything the bundle builder reads, frozen at the moment of export. The app
 * takes it from Dexie; the CLI reads it from case.json. Archived rows are
 * expected to be filtered out by the caller, but the builder skips them too.
 */
export interface CaseSnapshot {
  case: Case;
  parties: Party[];
  evidence: EvidenceItem[];
  facts: Fact[];
  expertReports: ExpertReport[];
  arguments: LegalArgument[];
  authorities: Authority[];
  /** Hash of the last audit entry of the case (GENESIS_HASH when empty). */
  auditHeadHash: Sha256Hex;
  auditEntryCount?: number;
  /**
   * Other spellings of a protected party's name (surname alone, handle,
   * nickname) that the filing profile must also replace. Not in the domain
   * types yet: keyed by party id.
   */
  protectedAliases?: Record<string, string[]>;
  /**
   * Custody timeline per evidence id. The domain keeps custody in the audit
   * log (one truth); the caller derives these rows from it for the cover sheets.
   */
  custody?: Record<string, CustodyRow[]>;
}

export interface CustodyRow {
  at: string;
  actor: string;
  action: string;
  detail: string;
}

export type SectionId = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H';
export const SECTION_IDS: readonly SectionId[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
export const SECTION_TITLES: Record<SectionId, string> = {
  A: 'Case summary and parties',
  B: 'Chronology',
  C: 'Evidence register',
  D: 'Exhibits',
  E: 'Expert reports',
  F: 'Legal arguments',
  G: 'Authorities',
  H: 'Integrity appendix',
};

export type BundleProfile = 'internal' | 'filing';
export type NumberingProfile = 'consecutive' | 'section' | 'bates';

export interface BundleOptions {
  profile: BundleProfile;
  numbering: NumberingProfile;
  /** Bates prefix, e.g. "ABC". */
  batesPrefix?: string;
  /** Digits of the Bates counter (zero-padded). Default 6. */
  batesDigits?: number;
  /** First number of the consecutive or Bates counter. Default 1. */
  startNumber?: number;
  /** Sections to include, in A–H order. Default all. */
  sections?: SectionId[];
  /** 'placeholder' renders a divider saying "No entries"; 'omit' drops the section. */
  emptySections?: 'placeholder' | 'omit';
  /** Evidence ids to include (default all live exhibits). With exhibitOrder 'custom', also their order. */
  evidenceIds?: string[];
  /**
   * Order of the exhibits in section D (and the register): by exhibit number,
   * by date (published, else captured; undated last), or as evidenceIds lists
   * them. Default 'custom' when evidenceIds is given, else 'number'.
   */
  exhibitOrder?: 'number' | 'date' | 'custom';
  /** Restricted items leave the app only when chosen (PRODUCT.md): default false for both profiles. */
  includeRestricted?: boolean;
  /** Privileged notes on exhibit cover sheets; default true for internal, false for filing. */
  includeNotes?: boolean;
  confidentialityLegend?: string;
  preparedBy?: string;
  /** yyyy-mm-dd shown on the cover; default today (UTC). */
  bundleDate?: string;
  /** Fixed dates and ids: identical input gives identical bytes. Requires bundleDate. */
  deterministic?: boolean;
  /**
   * Pack objects into compressed object streams: ~17 % smaller files, but saving
   * a 10,000-page bundle takes ~2 s longer (pdf-lib deflates in JavaScript). Default true.
   */
  objectStreams?: boolean;
  /** Verify each attachment's SHA-256 before including it. Default true. */
  verifyHashes?: boolean;
}

export interface FontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface BundleProgress {
  /** 1-based index of the document being built and how many there are. */
  done: number;
  total: number;
  section: SectionId | 'front' | 'finish';
  label: string;
}

export interface BundleInput {
  snapshot: CaseSnapshot;
  options: BundleOptions;
  fonts: FontBytes;
  readFile: (sha256: Sha256Hex) => Promise<Uint8Array | null>;
  onProgress?: (progress: BundleProgress) => void;
  signal?: AbortSignal;
  /**
   * How to compress streams (zlib format). The command line passes node:zlib's
   * native deflate; without it pdf-lib's pako (pure JavaScript) is used.
   */
  deflate?: (bytes: Uint8Array) => Uint8Array;
  /**
   * How to hash a file for verification (SHA-256, lowercase hex). The command
   * line passes node:crypto's, synchronous and native; without it WebCrypto's
   * (asynchronous: each file waits a turn of the event loop for its hash).
   */
  sha256?: (bytes: Uint8Array) => string | Promise<string>;
  /**
   * How an image that would be drawn above 300 dpi is resampled down to it;
   * without one, the JavaScript one (jpeg-js, UPNG): ~2.5 s for a
   * 12-megapixel photo here.
   */
  resampleImage?: ImageResampler;
}

export interface PageMapEntry {
  key: string;
  section: SectionId | 'front';
  title: string;
  exhibitNo: string | null;
  /** 1-based PDF page numbers. */
  firstPage: number;
  lastPage: number;
  firstLabel: string;
  lastLabel: string;
}

export type WarningCode =
  | 'missing-file' | 'hash-mismatch' | 'unreadable-pdf' | 'encrypted-pdf' | 'unreadable-image'
  | 'unsupported-file' | 'rtl-text' | 'unsupported-glyph' | 'restricted-left-out' | 'unknown-citation' | 'authority-unverified';

export interface BundleWarning {
  code: WarningCode;
  message: string;
  /** Document key (e.g. "exhibit:<id>") the warning is about, when there is one. */
  documentKey?: string;
  /** The variable parts of the message, for a screen that words it in its own language. */
  values?: Record<string, string>;
}

export interface BundleReport {
  pageCount: number;
  pageMap: PageMapEntry[];
  warnings: BundleWarning[];
  /** The settings actually used (defaults applied), as printed in the integrity appendix. */
  settings: ResolvedOptions;
}

export interface BundleResult {
  bytes: Uint8Array;
  report: BundleReport;
}

export type ResolvedOptions = Required<Omit<BundleOptions, 'evidenceIds'>> & { evidenceIds: string[] | null };
