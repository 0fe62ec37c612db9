import type { AttachmentRef } from '../domain/types';
import type { CaseDocument } from './case-document';

/** Every attachment the case holds bytes for (withheld items never have one), by SHA-256, first reference wins. */
export function attachmentsOf(doc: CaseDocument): Map<string, AttachmentRef & { owner: string }> {
  const refs = new Map<string, AttachmentRef & { owner: string }>();
  for (const item of doc.evidence) {
    if (item.attachment && !refs.has(item.attachment.sha256)) refs.set(item.attachment.sha256, { ...item.attachment, owner: item.exhibitNo });
  }
  for (const report of doc.expertReports) {
    if (report.attachment && !refs.has(report.attachment.sha256)) refs.set(report.attachment.sha256, { ...report.attachment, owner: report.title });
  }
  return refs;
}
