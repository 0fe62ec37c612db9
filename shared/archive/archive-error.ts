/**
 * Why an archive was refused. `code` picks the translated message in the app;
 * `message` is the English text the CLI and logs print; `params` fill both.
 */
export type ArchiveErrorCode =
  | 'not-an-archive' | 'unreadable-zip' | 'unsafe-path' | 'duplicate-entry' | 'unexpected-entry' | 'too-many-entries'
  | 'entry-too-large' | 'archive-too-large' | 'compression-ratio' | 'size-mismatch'
  | 'missing-entry' | 'manifest-invalid' | 'manifest-missing-file' | 'manifest-unlisted-file' | 'file-hash-mismatch' | 'file-size-mismatch'
  | 'json-too-deep' | 'json-invalid' | 'newer-format' | 'unknown-format' | 'schema-invalid'
  | 'audit-chain-broken' | 'audit-head-mismatch' | 'withheld-bytes' | 'attachment-missing' | 'foreign-case-row'
  | 'encrypted-needs-passphrase' | 'wrong-passphrase' | 'encrypted-corrupt' | 'encryption-header-invalid';

export class ArchiveError extends Error {
  constructor(
    readonly code: ArchiveErrorCode,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'ArchiveError';
  }
}

export const short = (sha: string) => `${sha.slice(0, 12)}…`;
