import { ArchiveError } from './archive-error';
import { CASE_FORMAT_NAME, CASE_FORMAT_VERSION } from './case-document';

const SUPPORTED_MAJOR = Number(CASE_FORMAT_VERSION.split('.')[0]);

/**
 * Upgrades an older major version of case.json to the current one, one major
 * at a time. 1.0.0 is the first published format, so the table is empty; a
 * 2.0 app adds `1: (doc) => …` here and keeps reading 1.x archives.
 */
const migrations: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

function majorOf(version: string): number | null {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  return m ? Number(m[1]) : null;
}

/** Checks the format name and version of a parsed case.json; migrates older majors; refuses newer ones. */
export function migrateCaseDocument(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ArchiveError('unknown-format', 'case.json: not an Expediente case document (not a JSON object)');
  }
  let doc = raw as Record<string, unknown>;
  if (doc.format !== CASE_FORMAT_NAME || typeof doc.formatVersion !== 'string') {
    throw new ArchiveError('unknown-format', `case.json: not an Expediente case document (format must be "${CASE_FORMAT_NAME}" with a formatVersion)`);
  }
  const version = doc.formatVersion;
  let major = majorOf(version);
  if (major === null) throw new ArchiveError('unknown-format', `case.json: format version "${version}" is not a version number (x.y.z)`, { version });
  if (major > SUPPORTED_MAJOR) {
    throw new ArchiveError('newer-format', `case.json: format ${version} is newer than this app reads (${SUPPORTED_MAJOR}.x); update Expediente to open it`, { version, supported: `${SUPPORTED_MAJOR}.x` });
  }
  while (major < SUPPORTED_MAJOR) {
    const step = migrations[major];
    if (!step) throw new ArchiveError('unknown-format', `case.json: format ${version} is older than this app can migrate`, { version });
    doc = step(doc);
    major += 1;
  }
  return doc;
}
