import { verifyAuditChain, type ChainVerdict } from '@shared/audit/audit-chain';
import type { ExpedienteDatabase } from '../../../db/database';
import { auditEntriesOf } from '../../../db/audit-log';
import { hashInWorker } from '../intake/hash-client';
import { evidenceOfCase } from '../../../db/evidence-store';

export interface FileProblem {
  exhibitNo: string;
  sha256: string;
  problem: 'missing' | 'altered';
  actual: string | null;
}

export interface IntegrityReport {
  chain: ChainVerdict;
  entries: number;
  files: number;
  fileProblems: FileProblem[];
}

/** Re-hashes the case's audit chain and every stored file against the SHA-256 recorded at intake. */
export async function verifyCaseIntegrity(database: ExpedienteDatabase, caseId: string): Promise<IntegrityReport> {
  const entries = await auditEntriesOf(database, caseId);
  const chain = verifyAuditChain(entries);
  const items = (await evidenceOfCase(database, caseId)).filter((e) => e.attachment !== null);
  const fileProblems: FileProblem[] = [];
  for (const item of items) {
    const expected = item.attachment!.sha256;
    const stored = await database.files.get(expected);
    if (!stored) {
      fileProblems.push({ exhibitNo: item.exhibitNo, sha256: expected, problem: 'missing', actual: null });
      continue;
    }
    const { sha256 } = await hashInWorker(stored.blob);
    if (sha256 !== expected) fileProblems.push({ exhibitNo: item.exhibitNo, sha256: expected, problem: 'altered', actual: sha256 });
  }
  return { chain, entries: entries.length, files: items.length, fileProblems };
}
