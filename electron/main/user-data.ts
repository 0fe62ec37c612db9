import { isAbsolute } from 'node:path';

/**
 * End-to-end tests start every run from an empty profile by pointing
 * EXPEDIENTE_USER_DATA at a fresh folder. Only an absolute path is honoured,
 * so a stray relative value cannot scatter data into the working directory.
 */
export function userDataOverride(env: Readonly<Record<string, string | undefined>>): string | null {
  const value = env['EXPEDIENTE_USER_DATA'];
  return value !== undefined && value !== '' && isAbsolute(value) ? value : null;
}
