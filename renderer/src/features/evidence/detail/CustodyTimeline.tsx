import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '@shared/domain/types';
import { formatInstant } from '../../../i18n/format-date';
import { useCustody } from './use-custody';

/** Captured (from the capture facts), then every logged event: registered, hashed, edited, revealed, exported… */
export function CustodyTimeline({ item }: { item: EvidenceItem }) {
  const { t, i18n } = useTranslation();
  const entries = useCustody(item.caseId, item.id);
  return (
    <section aria-labelledby="custody-heading" className="custody">
      <h3 id="custody-heading">{t('evidence.custody.title')}</h3>
      <ol className="custody__list">
        {item.capturedAt && (
          <li>
            <span className="custody__when">{formatInstant(item.capturedAt, i18n.language, item.captureTimeZone)}</span>
            <span className="custody__what">
              {t('evidence.custody.captured', { by: item.capturedBy || t('evidence.custody.unknownPerson'), method: item.captureMethod || '—' })}
            </span>
          </li>
        )}
        {entries?.map((e) => (
          <li key={e.seq}>
            <span className="custody__when">{formatInstant(e.at, i18n.language)}</span>
            <span className="custody__what">
              <strong>{t(`evidence.custody.actions.${e.action.replace('evidence.', '')}` as 'evidence.custody.actions.register', { defaultValue: e.action })}</strong>{' '}
              {e.summary}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
