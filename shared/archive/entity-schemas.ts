import { z } from 'zod';
import type {
  AuditEntry, Authority, Case, EvidenceItem, ExpertReport, ExportRecord, Fact, LegalArgument, Party, RichTextDoc, RichTextNode, SavedView, Tag,
  TagGroup,
} from '../domain/types';

/**
 * The entities of a case as they appear in case.json. Each schema is checked
 * against the domain type (`satisfies`), so the published format cannot drift
 * from what the app stores without a compile error.
 */
// Ids are UUIDs in the app; other tools may use their own, but long enough never to be mistaken for each other.
const id = z.string().min(8).max(200).regex(/^[A-Za-z0-9._:-]+$/, 'an identifier (8–200 letters, digits, . _ : -)');
/** A reference that may also name a catalogue row (e.g. provision "G3"). */
const ref = z.string().min(1).max(200);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a lower-case hex SHA-256');
const instant = z.iso.datetime({ offset: false });
const text = z.string().max(1_000_000);
const archivedAt = instant.nullable();
const pinpoint = z.strictObject({ evidenceId: id, pinpoint: text });

export const caseSchema = z.strictObject({
  id, title: text, shortName: text, reference: text, court: text, jurisdiction: text,
  status: z.enum(['active', 'archived']),
  hearingDate: z.iso.date().nullable(),
  summary: text,
  defaultLocale: z.enum(['en', 'es']),
  exhibitPrefix: text,
  lastExhibitCounter: z.number().int().nonnegative(),
  lastPseudonymNumber: z.number().int().nonnegative(),
  lastFactNumber: z.number().int().nonnegative(),
  createdAt: instant,
  updatedAt: instant,
}) satisfies z.ZodType<Case>;

export const partySchema = z.strictObject({
  id, caseId: id, name: text,
  role: z.enum(['platform-defendant', 'complainant', 'victim', 'witness', 'expert', 'authority', 'other']),
  kind: z.enum(['company', 'person', 'authority']),
  shortName: text, legalEntityName: text, registeredSeat: text, contact: text, notes: text,
  isProtected: z.boolean(), pseudonym: text.nullable(), archivedAt,
}) satisfies z.ZodType<Party>;

export const attachmentSchema = z.strictObject({
  sha256, name: text, mime: z.string().max(255), size: z.number().int().nonnegative(),
});

export const evidenceSchema = z.strictObject({
  id, caseId: id, exhibitNo: z.string().min(1).max(100), title: text,
  kind: z.enum(['post', 'image', 'video', 'chat', 'screenshot', 'document', 'platform-response', 'transparency-report', 'web-capture', 'other']),
  platform: text, sourceUrl: text, platformContentId: text, account: text,
  publishedAt: instant.nullable(), capturedAt: instant.nullable(), captureTimeZone: z.string().max(100).nullable(),
  capturedBy: text, captureMethod: text, description: text,
  sensitivity: z.enum(['normal', 'confidential', 'restricted', 'withheld']),
  hashes: z.strictObject({ sha256: sha256.nullable(), pdq: z.string().max(200).nullable() }),
  attachment: attachmentSchema.nullable(),
  externalReference: text,
  tagIds: z.array(id),
  reviewStatus: z.enum(['unreviewed', 'first-pass', 'second-pass']),
  notes: text, archivedAt,
}).refine((e) => e.sensitivity !== 'withheld' || e.attachment === null, {
  message: 'a withheld item carries hashes only, never an attachment', path: ['attachment'],
}).meta({
  description: 'An exhibit. A withheld item (sensitivity "withheld") has attachment null and only its hashes: its bytes are never stored, exported or archived.',
}) satisfies z.ZodType<EvidenceItem>;

export const tagGroupSchema = z.strictObject({
  id, caseId: id, name: text, isSingleChoice: z.boolean(), order: z.number(), archivedAt,
}) satisfies z.ZodType<TagGroup>;

export const tagSchema = z.strictObject({
  id, caseId: id, groupId: id, name: text, colour: z.string().max(50), shortcut: z.string().max(20).nullable(), order: z.number(), archivedAt,
}) satisfies z.ZodType<Tag>;

const fuzzyDate = z.strictObject({
  precision: z.enum(['exact', 'day', 'month', 'year', 'approximate', 'before', 'after', 'between', 'undated']),
  start: z.string().max(40).nullable(), end: z.string().max(40).nullable(), timeZone: z.string().max(100).nullable(),
});

export const factSchema = z.strictObject({
  id, caseId: id, number: z.number().int().positive(), date: fuzzyDate, text,
  status: z.enum(['undisputed', 'disputed-by-us', 'disputed-by-other-side', 'prospective']),
  materiality: z.enum(['yes', 'no', 'unsure']),
  evidence: z.array(pinpoint), partyIds: z.array(id), argumentIds: z.array(id), archivedAt,
}) satisfies z.ZodType<Fact>;

const pd35Item = z.enum(['qualifications', 'material-instructions', 'literature', 'facts-own-knowledge', 'tests', 'range-of-opinion', 'summary-of-conclusions', 'duty-to-court', 'statement-of-truth']);

export const expertReportSchema = z.strictObject({
  id, caseId: id, title: text, expertPartyId: id.nullable(), qualifications: text, instructions: text,
  date: z.string().max(40).nullable(), conclusions: text,
  findings: z.array(z.strictObject({ id, text, evidence: z.array(pinpoint), factIds: z.array(id) })),
  hasStatementOfTruth: z.boolean(),
  attachment: attachmentSchema.nullable(),
  archivedAt,
  instructionList: z.array(z.strictObject({ date: z.string().max(40).nullable(), text })).optional(),
  rangeOfOpinion: text.optional(),
  checklist: z.partialRecord(pd35Item, z.enum(['present', 'not-applicable'])).optional(),
}) satisfies z.ZodType<ExpertReport>;

const nodeType = z.string().min(1).max(100);
const nodeAttrs = z.record(z.string().max(100), z.unknown());
const mark = z.strictObject({ type: nodeType, attrs: nodeAttrs.optional() });
/** A ProseMirror (TipTap) JSON node; a citation is a node of type "citation" with attrs {kind, id, pinpoint}. */
const richTextNode: z.ZodType<RichTextNode> = z.lazy(() => z.strictObject({
  type: nodeType, attrs: nodeAttrs.optional(), content: z.array(richTextNode).optional(), marks: z.array(mark).optional(), text: text.optional(),
}));
const richTextDoc = z.strictObject({
  type: z.literal('doc'), attrs: nodeAttrs.optional(), content: z.array(richTextNode).optional(), marks: z.array(mark).optional(), text: text.optional(),
}) satisfies z.ZodType<RichTextDoc>;

export const argumentSchema = z.strictObject({
  id, caseId: id, heading: text,
  theory: z.enum(['sexual-deepfake', 'csam-dissemination', 'platform-duty-dsa', 'gdpr', 'ai-act-transparency', 'criminal-liability-legal-persons', 'other']),
  body: richTextDoc.optional(),
  legalBasis: z.array(z.strictObject({ authorityId: ref, pinpoint: text })),
  elements: z.array(z.strictObject({
    id, text, status: z.enum(['established', 'contested', 'open']),
    factIds: z.array(id), evidence: z.array(pinpoint), findingIds: z.array(id),
  })),
  counterArguments: z.array(z.strictObject({ id, text, reply: text })),
  order: z.number(), archivedAt,
}) satisfies z.ZodType<LegalArgument>;

export const authoritySchema = z.strictObject({
  id, caseId: id, kind: z.enum(['case-law', 'guidance', 'legislation', 'other']),
  citation: text, pinpoint: text, url: text, catalogueRef: z.string().max(100).nullable(),
  title: text.optional(), ecli: z.string().max(200).optional(), court: text.optional(), date: z.iso.date().nullable().optional(),
  archivedAt: archivedAt.optional(),
}) satisfies z.ZodType<Authority>;

/** JSON values of bounded depth (the parser refuses deeper documents before this runs). */
const jsonValue: z.ZodType<unknown> = z.unknown();

export const auditEntrySchema = z.strictObject({
  caseId: id, seq: z.number().int().positive(), at: instant, actor: text, action: z.string().max(200),
  entity: z.string().max(200), entityId: id, summary: text, change: jsonValue, prevHash: sha256, hash: sha256,
}) satisfies z.ZodType<AuditEntry>;

export const exportRecordSchema = z.strictObject({
  id, caseId: id, kind: z.enum(['bundle', 'filing', 'archive', 'csv']), profile: z.string().max(100), options: jsonValue,
  at: instant, fileName: text, sha256, pageCount: z.number().int().nonnegative().nullable(),
}) satisfies z.ZodType<ExportRecord>;

export const savedViewSchema = z.strictObject({
  id, caseId: id, name: text, filter: jsonValue, searchText: text,
  sort: z.strictObject({ column: z.string().max(200), direction: z.enum(['asc', 'desc']) }),
  hiddenColumns: z.array(z.string().max(200)), columnWidths: z.record(z.string().max(200), z.number()),
  isDefault: z.boolean(), createdAt: instant,
}) satisfies z.ZodType<SavedView>;
