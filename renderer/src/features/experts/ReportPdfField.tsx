import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpertReport } from '@shared/domain/types';
import { db } from '../../db/database';
import { withStorageErrors } from '../../db/report-storage-errors';
import { useUiStore } from '../../store/ui-store';
import { hashInWorker } from '../evidence/intake/hash-client';
import { SaveCopyButton } from '../evidence/detail/SaveCopyButton';
import { attachReportPdf } from './data/report-commands';

function formatSize(bytes: number, locale: string): string {
  return bytes < 1024 ? `${bytes} B` : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024)} KB`;
}

/**
 * The signed report. Its type is read from its bytes in the hashing worker,
 * not from its name: a renamed image must not pass for the signed PDF.
 */
export function ReportPdfField({ report }: { report: ExpertReport }) {
  const { t, i18n } = useTranslation();
  const announce = useUiStore((s) => s.announce);
  const inputId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [isHashing, setHashing] = useState(false);
  const onChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setProblem(null);
    setHashing(true);
    try {
      const { sha256, mime } = await hashInWorker(file);
      if (mime !== 'application/pdf') {
        setProblem(t('experts.pdf.notPdf', { name: file.name, mime }));
        return;
      }
      const saved = await withStorageErrors(() => attachReportPdf(db, report.id, { name: file.name, size: file.size, mime, sha256, blob: file }));
      if (saved) announce(t('experts.pdf.attached', { name: file.name }));
    } finally {
      setHashing(false);
      input.value = ''; // the same file can be chosen again after a fix
    }
  };
  const attachment = report.attachment;
  return (
    <section className="report-pdf" aria-labelledby={`${inputId}-heading`}>
      <h4 id={`${inputId}-heading`}>{t('experts.pdf.heading')}</h4>
      {attachment ? (
        <dl className="detail__fields">
          <div><dt>{attachment.name}</dt><dd>{formatSize(attachment.size, i18n.language)} · {attachment.mime}</dd></div>
          <div><dt>SHA-256</dt><dd className="report-pdf__hash">{attachment.sha256}</dd></div>
        </dl>
      ) : <p className="muted">{t('experts.pdf.none')}</p>}
      {attachment && (
        <SaveCopyButton caseId={report.caseId} entity="expert-report" entityId={report.id} label={report.title} attachment={attachment} />
      )}
      {report.archivedAt === null && (
        <div className="field">
          <label htmlFor={inputId}>{t(attachment ? 'experts.pdf.replace' : 'experts.pdf.attach')}</label>
          <input id={inputId} type="file" accept="application/pdf,.pdf" disabled={isHashing}
            aria-describedby={problem ? `${inputId}-error` : undefined} onChange={(e) => void onChange(e)} />
        </div>
      )}
      {isHashing && <p className="muted" role="status">{t('experts.pdf.hashing')}</p>}
      {problem && <p id={`${inputId}-error`} className="field__error" role="alert">{problem}</p>}
    </section>
  );
}
