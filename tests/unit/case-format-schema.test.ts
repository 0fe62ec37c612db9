import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedSchemas } from '@shared/archive/json-schemas';

const DIR = resolve(__dirname, '../../docs/case-format');

describe('the published case format', () => {
  // UPDATE_CASE_SCHEMA=1 rewrites the files after a deliberate change of format (and of its version).
  it.each(Object.entries(publishedSchemas()))('docs/case-format/%s is the schema the app validates with', (file, schema) => {
    const text = `${JSON.stringify(schema, null, 2)}\n`;
    if (process.env.UPDATE_CASE_SCHEMA) {
      mkdirSync(DIR, { recursive: true });
      writeFileSync(join(DIR, file), text);
    }
    expect(readFileSync(join(DIR, file), 'utf8')).toBe(text);
  });
});
