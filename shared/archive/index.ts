/** The archive format's public surface, for the CLI and other Node callers. */
export { ArchiveError } from './archive-error';
export { decryptArchive, encryptArchive, isEncryptedArchive } from './encryption';
export { readCaseArchive, type VerifiedArchive } from './read-archive';
export { writeCaseArchive } from './write-archive';
export { snapshotFromDocument } from './to-snapshot';
