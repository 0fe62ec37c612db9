import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupEntry } from '../../shared/shell-api/results';
import { BACKUP_FILE_NAME } from '../../shared/shell-api/schemas';

const LABEL = 'case.json';
const CASE_FOLDER = /^[A-Za-z0-9-]{1,64}$/;
/** The hidden file a backup is written into before it takes its name (see FileStreams.beginSave). */
const PARTIAL = /^\.(\d{8}T\d{6}Z(?:-\d{1,3})?\.expediente)\.[0-9a-f]{8}\.partial$/;

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
 * case archive named by when it was started. The name is chosen here, before
 * writing, skipping names on disk and those `isTaken` (a backup of the same
 * second still being written).
 */
export async function newBackupPath(root: string, caseId: string, now: Date, isTaken: (path: string) => boolean): Promise<{ folder: string; fileName: string; path: string }> {
  if (!CASE_FOLDER.test(caseId)) throw new Error('Not a case id');
  const folder = join(root, caseId);
  await mkdir(folder, { recursive: true });
  const existing = new Set(await backupNames(folder));
  const stamp = backupStamp(now);
  let fileName = `${stamp}.expediente`;
  for (let i = 2; existing.has(fileName) || isTaken(join(folder, fileName)); i++) fileName = `${stamp}-${i}.expediente`;
  return { folder, fileName, path: join(folder, fileName) };
}

/**
 * After a backup took its name (never before, so a failed one costs no old
 * backup): the case title for the restore list, the newest `keep` backups
 * kept, and partial files a crash left behind deleted. Returns what was removed.
 */
export async function settleBackups(folder: string, label: { caseId: string; caseTitle: string }, keep: number, isSaving: (path: string) => boolean): Promise<string[]> {
  await writeFile(join(folder, LABEL), JSON.stringify(label));
  const names = (await backupNames(folder)).sort((a, b) => b.slice(0, 16).localeCompare(a.slice(0, 16)) || sequence(b) - sequence(a));
  const leftovers = (await readdir(folder)).filter((n) => {
    const target = PARTIAL.exec(n)?.[1];
    return target !== undefined && !isSaving(join(folder, target));
  });
  const removed = [...names.slice(keep), ...leftovers];
  for (const name of removed) await rm(join(folder, name), { force: true });
  return removed;
}

/** Every backup under root, newest first. Folders and files that are not ours (partial files included) are ignored. */
export async function listBackups(root: string): Promise<BackupEntry[]> {
  let cases: string[];
  try {
    cases = await readdir(root);
  } catch {
    return [];
  }
  const entries: BackupEntry[] = [];
  for (const caseId of cases) {
    if (!CASE_FOLDER.test(caseId)) continue;
    const folder = join(root, caseId);
    const caseTitle = await readLabel(folder);
    for (const fileName of await backupNames(folder)) {
      const info = await stat(join(folder, fileName)).catch(() => null);
      if (info?.isFile()) entries.push({ caseId, caseTitle, fileName, at: atOfName(fileName), size: info.size });
    }
  }
  return entries.sort((a, b) => b.at.localeCompare(a.at) || sequence(b.fileName) - sequence(a.fileName));
}

/** Where one backup is, or null; the names were validated by the channel schema, and are checked again here. */
export async function backupPath(root: string, caseId: string, fileName: string): Promise<string | null> {
  if (!CASE_FOLDER.test(caseId) || !BACKUP_FILE_NAME.test(fileName)) return null;
  const path = join(root, caseId, fileName);
  const info = await stat(path).catch(() => null);
  return info?.isFile() ? path : null;
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
