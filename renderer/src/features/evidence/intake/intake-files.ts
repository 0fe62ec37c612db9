import type { EvidenceItem, Sensitivity } from '@shared/domain/types';
import type { ExpedienteDatabase } from '../../../db/database';
import { registerEvidence, type RegisterRequest } from '../data/evidence-commands';
import { kindFromMime, type EvidenceFields } from '../data/evidence-factory';
import type { IntakeFile } from '../data/intake-file';
import { hashInWorker } from './hash-client';

export interface IntakeReport {
  registered: EvidenceItem[];
  duplicates: { name: string; duplicateOf: string }[];
  refused: { name: string; reason: 'too-large' | 'empty' | 'unreadable'; detail: string }[];
}

export interface IntakeOptions {
  caseId: string;
  sensitivity: Sensitivity;
  maxBytes: number;
  onProgress?(name: string, done: number, total: number): void;
}

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);

function defaultFields(file: File, mime: string, sensitivity: Sensitivity): EvidenceFields {
  return {
    title: file.name, kind: kindFromMime(mime), platform: '', sourceUrl: '', platformContentId: '', account: '',
    publishedAt: null, capturedAt: null, captureTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    capturedBy: '', captureMethod: '', description: '', sensitivity, externalReference: '', notes: '',
  };
}

/**
 * Registers dropped or picked files as exhibits: each is hashed in a worker,
 * then all are registered in one transaction. For withheld intake the File
 * is only read by the hashing worker; its bytes are never written anywhere.
 */
export async function intakeFiles(database: ExpedienteDatabase, files: readonly File[], options: IntakeOptions): Promise<IntakeReport> {
  const report: IntakeReport = { registered: [], duplicates: [], refused: [] };
  const requests: RegisterRequest[] = [];
  for (const file of files) {
    if (file.size === 0) {
      report.refused.push({ name: file.name, reason: 'empty', detail: '0 bytes' });
      continue;
    }
    if (file.size > options.maxBytes) {
      report.refused.push({ name: file.name, reason: 'too-large', detail: `${megabytes(file.size)} MB; limit ${megabytes(options.maxBytes)} MB` });
      continue;
    }
    try {
      const { sha256, mime } = await hashInWorker(file, (done, total) => options.onProgress?.(file.name, done, total));
      const isWithheld = options.sensitivity === 'withheld';
      const intake: IntakeFile = { name: file.name, size: file.size, mime, sha256, blob: isWithheld ? null : file };
      requests.push({ fields: defaultFields(file, mime, options.sensitivity), file: intake });
    } catch (error) {
      report.refused.push({ name: file.name, reason: 'unreadable', detail: error instanceof Error ? error.message : String(error) });
    }
  }
  if (requests.length === 0) return report;
  for (const outcome of await registerEvidence(database, options.caseId, requests)) {
    if (outcome.status === 'registered') report.registered.push(outcome.item);
    else report.duplicates.push({ name: outcome.name, duplicateOf: outcome.duplicateOf });
  }
  return report;
}
