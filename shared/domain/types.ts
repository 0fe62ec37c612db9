/**
 * The domain of PRODUCT.md. Timestamps are ISO 8601 UTC strings; the time
 * zone of a capture is kept beside it. Ids are UUIDs, never reused.
 */
export type Id = string;
export type IsoUtc = string;
export type Sha256Hex = string;

export type CaseStatus = 'active' | 'archived';
export type Locale = 'en' | 'es';

export interface Case {
  id: Id;
  title: string;
  shortName: string;
  reference: string;
  court: string;
  jurisdiction: string;
  status: CaseStatus;
  hearingDate: string | null; // yyyy-mm-dd, a calendar date, not an instant
  summary: string;
  defaultLocale: Locale;
  exhibitPrefix: string;
  /** Highest exhibit counter ever given in this case; numbers are never reused. */
  lastExhibitCounter: number;
  /** Highest "V-n" pseudonym number ever given in this case; never reused, even if a pseudonym is edited. */
  lastPseudonymNumber: number;
  /** Highest fact number ever given in this case ("Fact 12"); never reused. */
  lastFactNumber: number;
  createdAt: IsoUtc;
  updatedAt: IsoUtc;
}

export type PartyRole = 'platform-defendant' | 'complainant' | 'victim' | 'witness' | 'expert' | 'authority' | 'other';
export type PartyKind = 'company' | 'person' | 'authority';

export interface Party {
  id: Id;
  caseId: Id;
  name: string;
  role: PartyRole;
  kind: PartyKind;
  shortName: string;
  /** For platforms: liability attaches to an entity ("X Internet Unlimited Company"), not a brand. */
  legalEntityName: string;
  registeredSeat: string;
  contact: string;
  notes: string;
  isProtected: boolean;
  pseudonym: string | null;
  archivedAt: IsoUtc | null;
}

export type EvidenceKind =
  | 'post' | 'image' | 'video' | 'chat' | 'screenshot' | 'document'
  | 'platform-response' | 'transparency-report' | 'web-capture' | 'other';
export type Sensitivity = 'normal' | 'confidential' | 'restricted' | 'withheld';
export type ReviewStatus = 'unreviewed' | 'first-pass' | 'second-pass';

export interface AttachmentRef {
  sha256: Sha256Hex;
  name: string;
  mime: string;
  size: number;
}

export interface EvidenceItem {
  id: Id;
  caseId: Id;
  exhibitNo: string;
  title: string;
  kind: EvidenceKind;
  platform: string;
  sourceUrl: string;
  platformContentId: string;
  account: string;
  publishedAt: IsoUtc | null;
  capturedAt: IsoUtc | null;
  captureTimeZone: string | null;
  capturedBy: string;
  captureMethod: string;
  description: string;
  sensitivity: Sensitivity;
  hashes: { sha256: Sha256Hex | null; pdq: string | null };
  attachment: AttachmentRef | null; // always null when withheld
  externalReference: string;
  tagIds: Id[];
  reviewStatus: ReviewStatus;
  notes: string;
  // The custody timeline is not stored here: it is read from the audit log (one truth).
  archivedAt: IsoUtc | null;
}

/** Content-addressed blob store entry; the blob itself is never indexed. */
export interface StoredFile {
  sha256: Sha256Hex;
  mime: string;
  size: number;
  blob: Blob;
  storedAt: IsoUtc;
}

export interface TagGroup {
  id: Id;
  caseId: Id;
  name: string;
  isSingleChoice: boolean;
  order: number;
  archivedAt: IsoUtc | null;
}

export interface Tag {
  id: Id;
  caseId: Id;
  groupId: Id;
  name: string;
  colour: string;
  shortcut: string | null;
  order: number;
  archivedAt: IsoUtc | null;
}

export type DatePrecision =
  | 'exact' | 'day' | 'month' | 'year' | 'approximate' | 'before' | 'after' | 'between' | 'undated';

/**
 * start by precision: exact → ISO UTC instant (with timeZone); day, approximate,
 * before, after, between → yyyy-mm-dd; month → yyyy-mm; year → yyyy; undated → null.
 */
export interface FuzzyDate {
  precision: DatePrecision;
  start: string | null;
  end: string | null; // yyyy-mm-dd, only for 'between'
  timeZone: string | null; // only for 'exact'
}

export interface Pinpoint {
  evidenceId: Id;
  pinpoint: string; // page, timestamp, paragraph
}

export type FactStatus = 'undisputed' | 'disputed-by-us' | 'disputed-by-other-side' | 'prospective';
export type Materiality = 'yes' | 'no' | 'unsure';

export interface Fact {
  id: Id;
  caseId: Id;
  number: number;
  date: FuzzyDate;
  text: string;
  status: FactStatus;
  materiality: Materiality;
  evidence: Pinpoint[];
  partyIds: Id[];
  argumentIds: Id[];
  archivedAt: IsoUtc | null;
}

export interface ExpertFinding {
  id: Id;
  text: string;
  evidence: Pinpoint[];
  factIds: Id[];
}

/** One instruction the expert received, dated (yyyy-mm-dd) when the letter or email says when. */
export interface ExpertInstruction {
  date: string | null;
  text: string;
}

/** The items of CPR PD35 para 3.2 an expert report must contain. */
export type Pd35Item =
  | 'qualifications' | 'material-instructions' | 'literature' | 'facts-own-knowledge' | 'tests'
  | 'range-of-opinion' | 'summary-of-conclusions' | 'duty-to-court' | 'statement-of-truth';

/** What the user said about a checklist item: present in the report, or not applicable (a non-UK forum). */
export type Pd35Mark = 'present' | 'not-applicable';

export interface ExpertReport {
  id: Id;
  caseId: Id;
  title: string;
  expertPartyId: Id | null;
  qualifications: string;
  /** The instruction list as one text, kept for readers of the older shape (the bundle); instructionList is the truth. */
  instructions: string;
  date: string | null;
  conclusions: string;
  findings: ExpertFinding[];
  /** Mirrors the checklist's statement-of-truth item, for readers of the older shape. */
  hasStatementOfTruth: boolean;
  attachment: AttachmentRef | null;
  archivedAt: IsoUtc | null;
  // Optional so reports written before these fields existed (and bundle fixtures) still type-check.
  instructionList?: ExpertInstruction[];
  rangeOfOpinion?: string;
  checklist?: Partial<Record<Pd35Item, Pd35Mark>>;
}

export type ArgumentTheory =
  | 'sexual-deepfake' | 'csam-dissemination' | 'platform-duty-dsa' | 'gdpr' | 'ai-act-transparency'
  | 'criminal-liability-legal-persons' | 'other';

export interface ArgumentElement {
  id: Id;
  text: string;
  status: 'established' | 'contested' | 'open';
  factIds: Id[];
  evidence: Pinpoint[];
  findingIds: Id[];
}

export interface LegalArgument {
  id: Id;
  caseId: Id;
  heading: string;
  theory: ArgumentTheory;
  legalBasis: { authorityId: Id; pinpoint: string }[];
  elements: ArgumentElement[];
  counterArguments: { id: Id; text: string; reply: string }[];
  order: number;
  archivedAt: IsoUtc | null;
  /** The argument's text as a structured document (ProseMirror JSON); citations are nodes holding ids, never display text. */
  body?: RichTextDoc;
}

/** A ProseMirror/TipTap JSON node: what argument bodies are stored as (never HTML strings). */
export interface RichTextNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}
export interface RichTextDoc extends RichTextNode {
  type: 'doc';
}

/** A user-added authority; catalogue provisions are shipped with the app, not stored. */
export interface Authority {
  id: Id;
  caseId: Id;
  kind: 'case-law' | 'guidance' | 'legislation' | 'other';
  citation: string;
  pinpoint: string;
  url: string;
  catalogueRef: string | null; // e.g. 'G3' when it adopts a catalogue row
  // Optional so authorities written before these fields existed still type-check.
  title?: string; // 'Case C-131/12, Google Spain and Google'
  ecli?: string; // 'ECLI:EU:C:2014:317'
  court?: string;
  date?: string | null; // yyyy-mm-dd
  archivedAt?: IsoUtc | null;
}

export interface AuditEntry {
  caseId: Id;
  seq: number;
  at: IsoUtc;
  actor: string;
  action: string;
  entity: string;
  entityId: Id;
  summary: string;
  change: unknown;
  prevHash: Sha256Hex;
  hash: Sha256Hex;
}

export interface ExportRecord {
  id: Id;
  caseId: Id;
  kind: 'bundle' | 'filing' | 'archive' | 'csv';
  profile: string;
  options: unknown;
  at: IsoUtc;
  fileName: string;
  sha256: Sha256Hex;
  pageCount: number | null;
}

/** A named way of looking at the register: filter, search, sort and columns. */
export interface SavedView {
  id: Id;
  caseId: Id;
  name: string;
  filter: unknown; // an EvidenceFilter (shared/review/filter.ts), kept opaque here
  searchText: string;
  sort: { column: string; direction: 'asc' | 'desc' };
  hiddenColumns: string[];
  columnWidths: Record<string, number>;
  isDefault: boolean;
  createdAt: IsoUtc;
}
