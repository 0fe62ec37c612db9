import { z } from 'zod';
import {
  argumentSchema, auditEntrySchema, authoritySchema, caseSchema, evidenceSchema, expertReportSchema, exportRecordSchema,
  factSchema, partySchema, savedViewSchema, tagGroupSchema, tagSchema,
} from './entity-schemas';

/** The version of case.json this app writes. Semantic: a new major is a breaking change. */
export const CASE_FORMAT_VERSION = '1.0.0';
export const CASE_FORMAT_NAME = 'expediente-case';

/**
 * case.json: one case with everything that belongs to it. This schema is the
 * published format (docs/case-format/case.schema.json is generated from it).
 */
export const caseDocumentSchema = z.strictObject({
  format: z.literal(CASE_FORMAT_NAME),
  formatVersion: z.string().regex(/^1\.\d+\.\d+$/, 'a 1.x.y version'),
  case: caseSchema,
  parties: z.array(partySchema),
  evidence: z.array(evidenceSchema),
  tagGroups: z.array(tagGroupSchema),
  tags: z.array(tagSchema),
  facts: z.array(factSchema),
  expertReports: z.array(expertReportSchema),
  arguments: z.array(argumentSchema),
  authorities: z.array(authoritySchema),
  savedViews: z.array(savedViewSchema),
  exportRecords: z.array(exportRecordSchema),
  /** The case's whole audit log, in seq order: the hash chain is verified on import. */
  auditEntries: z.array(auditEntrySchema),
}).meta({
  $id: `urn:expediente:case-format:${CASE_FORMAT_VERSION}`,
  title: `Expediente case document ${CASE_FORMAT_VERSION}`,
  description: 'One legal case with its parties, evidence register, tags, chronology, expert reports, arguments, authorities, saved views, export records and hash-chained audit log.',
});

export type CaseDocument = z.infer<typeof caseDocumentSchema>;

/** The rows of a document that belong to the case, by table name (everything but the case row). */
export const caseTables = [
  'parties', 'evidence', 'tagGroups', 'tags', 'facts', 'expertReports', 'arguments', 'authorities', 'savedViews', 'exportRecords',
] as const satisfies readonly (keyof CaseDocument)[];
export type CaseTable = (typeof caseTables)[number];
