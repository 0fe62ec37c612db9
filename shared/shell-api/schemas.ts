import { z } from 'zod';
import type { ShellMethod } from './channels';

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9*]{1,16}$/i)).max(20),
});

/** Largest single file the shell hands over in one piece (bytes). */
export const MAX_OPEN_FILE_BYTES = 512 * 1024 * 1024;

/** Largest piece of a streamed file one call may carry, in either direction. */
export const MAX_STREAM_CHUNK_BYTES = 16 * 1024 * 1024;
/** Largest file the shell writes or reads as a stream (archives are limited to 64 GB of attachments). */
export const MAX_STREAMED_FILE_BYTES = 80 * 1024 ** 3;

const suggestedName = z
  .string()
  .min(1)
  .max(255)
  .refine((n) => !/[\\/\0]/.test(n), 'a file name, not a path');
/** An unguessable id the shell gave out for one open file. */
const streamHandle = z.string().regex(/^[0-9a-f]{32}$/, 'a stream handle');
const streamChunk = z.custom<Uint8Array>(
  (value) => value instanceof Uint8Array && value.byteLength <= MAX_STREAM_CHUNK_BYTES,
  `bytes must be a Uint8Array of at most ${MAX_STREAM_CHUNK_BYTES} bytes`,
);

/** A case id as a folder name: letters, digits and dashes only, so it can never climb out of the backup folder. */
const backupCaseId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'a case id');
/** "20261202T061500Z.expediente", optionally "-2" when two land in the same second. */
export const BACKUP_FILE_NAME = /^\d{8}T\d{6}Z(?:-\d{1,3})?\.expediente$/;

/** Argument schema of every channel; main validates each call against it. */
export const shellArgSchemas = {
  saveBytes: z.object({
    suggestedName,
    bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes must be a Uint8Array'),
    filters: z.array(fileFilter).max(10).optional(),
  }),
  openFiles: z.object({
    multiple: z.boolean(),
    filters: z.array(fileFilter).max(10).optional(),
  }),
  revealFile: z.object({ path: z.string().min(1).max(4096) }),
  beginSave: z.object({ suggestedName, filters: z.array(fileFilter).max(10).optional() }),
  writeChunk: z.object({ handle: streamHandle, bytes: streamChunk }),
  finishSave: z.object({ handle: streamHandle }),
  abortSave: z.object({ handle: streamHandle }),
  openForRead: z.object({ filters: z.array(fileFilter).max(10).optional() }),
  readChunk: z.object({
    handle: streamHandle,
    offset: z.number().int().min(0).max(MAX_STREAMED_FILE_BYTES),
    length: z.number().int().min(1).max(MAX_STREAM_CHUNK_BYTES),
  }),
  closeRead: z.object({ handle: streamHandle }),
  getAppInfo: z.undefined(),
  beginBackup: z.object({
    caseId: backupCaseId,
    /** Shown in the restore list; the file name never carries it. */
    caseTitle: z.string().max(500),
    /** How many backups of the case to keep once this one is finished. */
    keep: z.number().int().min(1).max(100),
  }),
  listBackups: z.undefined(),
  openBackup: z.object({ caseId: backupCaseId, fileName: z.string().regex(BACKUP_FILE_NAME, 'a backup file name, not a path') }),
  confirmQuit: z.undefined(),
} satisfies Record<ShellMethod, z.ZodType>;

export type ShellArgs = { [K in ShellMethod]: z.infer<(typeof shellArgSchemas)[K]> };
