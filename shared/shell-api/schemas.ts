import { z } from 'zod';
import type { ShellMethod } from './channels';

const fileFilter = z.object({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^[a-z0-9*]{1,16}$/i)).max(20),
});

/** Largest single file the shell hands over in one piece (bytes). */
export const MAX_OPEN_FILE_BYTES = 512 * 1024 * 1024;

/** Argument schema of every channel; main validates each call against it. */
export const shellArgSchemas = {
  saveBytes: z.object({
    suggestedName: z
      .string()
      .min(1)
      .max(255)
      .refine((n) => !/[\\/\0]/.test(n), 'a file name, not a path'),
    bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes must be a Uint8Array'),
    filters: z.array(fileFilter).max(10).optional(),
  }),
  openFiles: z.object({
    multiple: z.boolean(),
    filters: z.array(fileFilter).max(10).optional(),
  }),
  revealFile: z.object({ path: z.string().min(1).max(4096) }),
  getAppInfo: z.undefined(),
} satisfies Record<ShellMethod, z.ZodType>;

export type ShellArgs = { [K in ShellMethod]: z.infer<(typeof shellArgSchemas)[K]> };
