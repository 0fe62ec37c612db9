import { ArchiveError } from './archive-error';

/** Deeper than any case.json the app writes (audit changes nest a few levels), far short of a stack overflow. */
export const MAX_JSON_DEPTH = 64;

/**
 * JSON.parse, after a scan that refuses nesting deeper than `maxDepth`: a
 * 10,000-level document would parse, then overflow the stack of every
 * recursive walk after it (validation, canonical JSON, hashing).
 */
export function parseJsonSafely(text: string, where: string, maxDepth = MAX_JSON_DEPTH): unknown {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > maxDepth) {
        throw new ArchiveError('json-too-deep', `${where}: JSON nested deeper than ${maxDepth} levels`, { where, max: maxDepth });
      }
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ArchiveError('json-invalid', `${where}: not valid JSON (${detail})`, { where, detail });
  }
}
