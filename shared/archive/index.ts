/** The archive format's public surface, for the CLI and other Node callers. */
export { ArchiveError } from './archive-error';
export { createEncryptingStream, decryptArchive, encryptArchive, isEncryptedArchive } from './encryption';
export { openDecryptingSource } from './decrypting-source';
export { blobSource, type RandomAccessSource } from './random-access';
export { readCaseArchive, type VerifiedArchive } from './read-archive';
export { writeCaseArchive, writeCaseArchiveTo } from './write-archive';
export { snapshotFromDocument } from './to-snapshot';
