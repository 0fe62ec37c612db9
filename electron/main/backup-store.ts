import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupEntry } from '../../shared/shell-api/results';
import { BACKUP_FILE_NAME } from '../../shared/shell-api/schemas';

const LABEL = 'case.json';

/** "20261202T061500Z" for an instant: sorts as time does, and is a valid file name everywhere. */
export function backupStamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

function atOfName(fileName: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/.exec(fileName);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : '';
}

/**
 * Rolling backups, one folder per case under `root`: each backup is a whole
 * case archive named by when it was written; the newest `keep` stay. A
 * backup is written beside its final name and renamed into place, so a crash
 * mid-write never leaves a truncated archive that looks like a backup.
 */
export async function writeBackup(
  root: string, args: { caseId: string; caseTitle: string; bytes: Uint8Array; keep: number }, now: Date = new Date(),
): Promise<{ fileName: string; folder: string; removed: string[] }> {
  const folder = join(root, args.caseId);
  await mkdir(folder, { recursive: true });
  const existing = new Set(await backupNames(folder));
  const stamp = backupStamp(now);
  let fileName = `${stamp}.expediente`;
  for (let i = 2; existing.has(fileName); i++) fileName = `${stamp}-${i}.expediente`;
  const partial = join(folder, `.${fileName}.partial`);
  await writeFile(partial, args.bytes);
  await rename(partial, join(folder, fileName));
  await writeFile(join(folder, LABEL), JSON.stringify({ caseId: args.caseId, caseTitle: args.caseTitle }));
  const names = (await backupNames(folder)).sort((a, b) => b.slice(0, 16).localeCompare(a.slice(0, 16)) || sequence(b) - sequence(a));
  const removed = names.slice(args.keep);
  for (const name of removed) await rm(join(folder, name), { force: true });
  return { fileName, folder, removed };
}

/** Every backup under root, newest first. Folders and files that are not ours are ignored. */
export async function listBackups(root: string): Promise<BackupEntry[]> {
  let cases: string[];
  try {
    cases = await readdir(root);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const caseId of cases) {
    if (!/^[A-Za-z0-9-]{1,64}$/.test(caseId)) continue;
    const folder = join(root, caseId);
    const caseTitle = await readLabel(folder);
    for (const fileName of await backupNames(folder)) {
      const info = await stat(join(folder, fileName)).catch(() => null);
      if (info?.isFile()) entries.push({ caseId, caseTitle, fileName, at: atOfName(fileName), size: info.size });
    }
  }
  return entries.sort((a, b) => b.at.localeCompare(a.at) || sequence(b.fileName) - sequence(a.fileName));
}

/** The bytes of one backup; the names were validated by the channel schema, and are checked again here. */
export async function readBackup(root: string, caseId: string, fileName: string, maxBytes: number):
  Promise<{ status: 'read'; bytes: Uint8Array } | { status: 'missing' } | { status: 'too-large'; size: number }> {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(caseId) || !BACKUP_FILE_NAME.test(fileName)) return { status: 'missing' };
  const path = join(root, caseId, fileName);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return { status: 'missing' };
  if (info.size > maxBytes) return { status: 'too-large', size: info.size };
  return { status: 'read', bytes: new Uint8Array(await readFile(path)) };
}

/** 1 for "…Z.expediente", n for "…Z-n.expediente": the order of backups written in the same second. */
function sequence(fileName: string): number {
  const m = /-(\d+)\.expediente$/.exec(fileName);
  return m ? Number(m[1]) : 1;
}

async function backupNames(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder)).filter((n) => BACKUP_FILE_NAME.test(n));
  } catch {
    return [];
  }
}

async function readLabel(folder: string): Promise<string> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(folder, LABEL), 'utf8'));
    return typeof parsed === 'object' && parsed !== null && typeof (parsed as { caseTitle?: unknown }).caseTitle === 'string'
      ? (parsed as { caseTitle: string }).caseTitle : '';
  } catch {
    return '';
  }
}
