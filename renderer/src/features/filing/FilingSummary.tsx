import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilingDocument } from '@shared/filing';
import { FilingWarningList } from './FilingWarningList';

/** The filing as it would be exported now: its size in paragraphs, notes and authorities, its warnings and its file name. */
export function FilingSummary({ doc, isPending, children }: { doc: FilingDocument | null; isPending: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const headingId = useId();
  const paragraphs = doc?.blocks.filter((b) => b.kind === 'paragraph' && b.number !== null).length ?? 0;
  const authorities = doc?.authorities?.groups.reduce((n, g) => n + g.rows.length, 0);
  return (
    <aside className="filing__summary" aria-labelledby={headingId}>
      <div className="filing__summary-head">
        <h3 id={headingId}>{t('filing.summary.title')}</h3>
        {isPending && <span className="muted">{t('filing.summary.updating')}</span>}
      </div>
      {doc && (
        <>
          <dl className="filing__counts">
            <div><dt>{t('filing.summary.paragraphs')}</dt><dd>{paragraphs}</dd></div>
            <div><dt>{t('filing.summary.footnotes')}</dt><dd>{doc.footnotes.length}</dd></div>
            <div>
              <dt>{t('filing.summary.authorities')}</dt>
              <dd>{doc.options.includeTableOfAuthorities ? (authorities ?? 0) : t('filing.summary.notIncluded')}</dd>
            </div>
          </dl>
          <div className="filing__file-name">
            <h4>{t('filing.summary.fileName')}</h4>
            <p className="mono">{doc.fileName}</p>
          </div>
          <FilingWarningList warnings={doc.warnings} />
        </>
      )}
      {children}
    </aside>
  );
}
