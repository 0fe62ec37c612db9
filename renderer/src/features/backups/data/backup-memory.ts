/** The audit head each case had at its last backup: a case that has not changed since is not backed up again. */
export interface BackupMemory {
  get(caseId: string): string | null;
  set(caseId: string, headHash: string): void;
}

const KEY = 'expediente.lastBackupHead.';

export function storageBackupMemory(storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage): BackupMemory {
  return {
    get: (caseId) => storage.getItem(`${KEY}${caseId}`),
    set: (caseId, headHash) => storage.setItem(`${KEY}${caseId}`, headHash),
  };
}
