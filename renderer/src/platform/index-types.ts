import type { ShellApi } from '@shared/shell-api/api';

/**
 * The shell API as the renderer sees it. The build picks the implementation
 * (`shell.electron.ts` or `shell.web.ts`) through the `@platform/shell` alias;
 * renderer code imports `@platform/shell` and never asks which edition it is.
 */
export declare const shell: ShellApi;
