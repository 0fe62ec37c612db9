import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '@shared/bundle/format';
import type { FilingExportState } from './use-filing-export';
import { warningText } from './warning-text';

/** What the last export did: the saved file and its hash, or why nothing was saved. */
export function FilingResult({ state }: { state: FilingExportState }) {
  const { t } = useTranslation();
  const resultRef = useRef<HTMLElement>(null);
  // The summary scrolls on its own when it is taller than the window: bring the confirmation into view.
  useEffect(() => {
    resultRef.current?.scrollIntoView({ block: 'nearest' });
  }, [state]);
  switch (state.phase) {
    case 'idle':
    case 'working':
      return null;
    case 'cancelled':
      return <p role="status">{t('filing.result.cancelled')}</p>;
    case 'not-recorded':
      return <p role="alert" className="field__error">{t('filing.result.notRecorded')}</p>;
    case 'failed':
      return <p role="alert" className="field__error">{t('filing.result.failed', { message: state.message })}</p>;
    case 'saved': {
      const { saved: file } = state;
      const format = file.format.toUpperCase();
      return (
        <section ref={resultRef} className="filing__result" role="status" aria-label={t('filing.result.title')}>
          <h4>{t('filing.result.title')}</h4>
          <dl>
            <div><dt>{t('filing.result.fileName')}</dt><dd>{file.fileName}</dd></div>
            <div><dt>{t('filing.result.size')}</dt><dd>{formatBytes(file.size)}</dd></div>
            {file.pageCount !== null && <div><dt>{t('filing.result.pages')}</dt><dd>{file.pageCount}</dd></div>}
            <div><dt>SHA-256</dt><dd className="mono">{file.sha256}</dd></div>
          </dl>
          <p className="muted">{t('filing.result.recorded')}</p>
          {file.warnings.length > 0 && (
            <>
              <h5>{t('filing.result.writerWarnings', { format })}</h5>
              <ul>{file.warnings.map((w, i) => <li key={i}><strong>{t(`filing.warnings.${w.code}`)}</strong> — {warningText(t, w)}</li>)}</ul>
            </>
          )}
        </section>
      );
    }
  }
}
