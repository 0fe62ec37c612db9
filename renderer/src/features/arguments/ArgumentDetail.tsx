import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalArgument } from '@shared/domain/types';
import { isUnsupported } from '@shared/legal/argument-input';
import { resolveCitation } from '@shared/legal/citation';
import { ArgumentBodyEditor } from './editor/ArgumentBodyEditor';
import { ElementSupportList } from './ElementSupportList';
import type { ArgumentsData } from './use-arguments';
import { VerificationBadge } from './VerificationBadge';

/** One argument read as a whole: its basis, its elements and their support, the other side's points, and its text. */
export function ArgumentDetail({ argument, data, onClose }: { argument: LegalArgument; data: ArgumentsData; onClose(): void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const isArchived = argument.archivedAt !== null;
  return (
    <article className="report argument" aria-labelledby={headingId}>
      <div className="detail__header">
        <h3 id={headingId}>{argument.heading}</h3>
        <button type="button" onClick={onClose}>{t('arguments.detail.close')}</button>
      </div>
      <p className="muted">{t(`arguments.theories.${argument.theory}`)}</p>
      <h4>{t('arguments.detail.legalBasis')}</h4>
      {argument.legalBasis.length === 0 ? <p className="muted">{t('arguments.detail.noBasis')}</p> : (
        <ul className="legal-basis">
          {argument.legalBasis.map((b, i) => {
            const resolved = resolveCitation({ kind: 'authority', id: b.authorityId, pinpoint: b.pinpoint }, data.context);
            return (
              <li key={`${b.authorityId}-${i}`}>
                <span className={resolved.isBroken ? 'citation citation--broken' : 'legal-basis__cite'}>{resolved.text}</span>
                {!resolved.isBroken && resolved.detail && <span className="muted"> — {resolved.detail}</span>}
                <VerificationBadge authorityId={b.authorityId} />
              </li>
            );
          })}
        </ul>
      )}
      <h4 id={`${headingId}-elements`}>{t('arguments.detail.elements')}</h4>
      {argument.elements.length === 0 ? <p className="muted">{t('arguments.detail.noElements')}</p> : (
        <ol className="argument-elements" aria-labelledby={`${headingId}-elements`}>
          {argument.elements.map((el) => (
            <li key={el.id}>
              <p>
                {el.text} <span className={`element-status element-status--${el.status}`}>{t(`arguments.statuses.${el.status}`)}</span>
                {isUnsupported(el) && <span className="legal-badge legal-badge--warn" title={t('arguments.detail.unsupportedHint')}>{t('arguments.detail.unsupported')}</span>}
              </p>
              {!isUnsupported(el) && <ElementSupportList element={el} data={data} />}
            </li>
          ))}
        </ol>
      )}
      <h4>{t('arguments.detail.counterArguments')}</h4>
      {argument.counterArguments.length === 0 ? <p className="muted">{t('arguments.detail.noCounter')}</p> : (
        <ol className="counter-arguments">
          {argument.counterArguments.map((c) => (
            <li key={c.id}>
              <p className="counter-arguments__text">{c.text}</p>
              <p><span className="muted">{t('arguments.detail.replyLabel')}</span> {c.reply || <span className="muted">{t('arguments.detail.noReply')}</span>}</p>
            </li>
          ))}
        </ol>
      )}
      <h4>{t('arguments.detail.text')}</h4>
      <ArgumentBodyEditor key={argument.id} argument={argument} data={data} isReadOnly={isArchived} />
    </article>
  );
}
