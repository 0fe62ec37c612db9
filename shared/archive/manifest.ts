import { z } from 'zod';

export const ARCHIVE_FORMAT_NAME = 'expediente-archive';
export const ARCHIVE_FORMAT_VERSION = '1.0.0';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const entry = z.strictObject({ path: z.string().max(300), sha256, size: z.number().int().nonnegative() });

/** manifest.json: what the archive holds, with a SHA-256 and size for every entry, and the audit head. */
export const manifestSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT_NAME),
  formatVersion: z.string().regex(/^1\.\d+\.\d+$/, 'a 1.x.y version'),
  appVersion: z.string().max(100),
  createdAt: z.iso.datetime(),
  caseFormatVersion: z.string().max(20),
  caseDocument: entry,
  files: z.array(entry).max(1_000_000),
  audit: z.strictObject({ headHash: sha256, entries: z.number().int().nonnegative() }),
}).meta({
  $id: `urn:expediente:archive-manifest:${ARCHIVE_FORMAT_VERSION}`,
  title: `Expediente archive manifest ${ARCHIVE_FORMAT_VERSION}`,
  description: 'manifest.json of a .expediente archive: the SHA-256 and size of case.json and of every files/<sha256> entry, and the head hash of the case\'s audit chain.',
});

export type ArchiveManifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = ArchiveManifest['files'][number];

export const filePath = (sha: string) => `files/${sha}`;
