import { z } from 'zod';
import { caseDocumentSchema } from './case-document';
import { manifestSchema } from './manifest';

/**
 * The published JSON Schemas (draft 2020-12), derived from the zod schemas the
 * app validates with, so the documentation cannot say one thing and the code
 * check another. docs/case-format/*.schema.json are these, committed.
 */
export function publishedSchemas(): Record<string, unknown> {
  return {
    'case.schema.json': z.toJSONSchema(caseDocumentSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
    'manifest.schema.json': z.toJSONSchema(manifestSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
  };
}
