import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db } from '../../db/database';
import { verifyCaseIntegrity, type IntegrityReport } from './data/verify-integrity';

/** Re-hashes the audit chain and every stored file, and says exactly what, if anything, fails. */
export function VerifyIntegrity({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [report, setReport] = useState<IntegrityReport | null>(null);
  const [isRunning, setRunning] = useState(false);
  const run = async () => {
    setRunning(true);
    try {
      setReport(await verifyCaseIntegrity(db, caseId));
    } finally {
      setRunning(false);
    }
  };
  const isIntact = report !== null && report.chain.intact && report.fileProblems.length === 0;
  return (
    <div className="verify">
      <button type="button" onClick={() => void run()} disabled={isRunning}>
        {t(isRunning ? 'evidence.verify.running' : 'evidence.verify.action')}
      </button>
      {report && (
        <div role="status" className={isIntact ? 'verify__result verify__result--ok' : 'verify__result verify__result--bad'}>
          {isIntact && report.chain.intact ? (
            <p>{t('evidence.verify.intact', { entries: report.entries, files: report.files, head: report.chain.headHash })}</p>
          ) : (
            <>
              <p><strong>{t('evidence.verify.broken')}</strong></p>
              <ul>
                {!report.chain.intact && (
                  <li>{t(`evidence.verify.chain.${report.chain.reason}`, { seq: report.chain.brokenAtSeq })}</li>
                )}
                {report.fileProblems.map((f) => (
                  <li key={f.exhibitNo}>{t(`evidence.verify.file.${f.problem}`, { exhibit: f.exhibitNo, expected: f.sha256, actual: f.actual ?? '' })}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
