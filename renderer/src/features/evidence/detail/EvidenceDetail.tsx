import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '@shared/domain/types';
import { db } from '../../../db/database';
import { formatInstant } from '../../../i18n/format-date';
import { useUiStore } from '../../../store/ui-store';
import { TagPicker } from '../../review/TagPicker';
import { AttachmentView } from './AttachmentView';
import { CustodyTimeline } from './CustodyTimeline';
import { EvidenceActions } from './EvidenceActions';
import { getEvidence } from '../../../db/evidence-store';

/** Everything about one exhibit, beside the register. */
export function EvidenceDetail({ caseId, itemId }: { caseId: string; itemId: string }) {
  const { t } = useTranslation();
  const item = useLiveQuery(async () => (await getEvidence(db, itemId, caseId)) ?? null, [itemId, caseId]);
  const select = useUiStore((s) => s.selectEvidence);
  if (item === undefined) return null;
  if (item === null) return null;
  return (
    <aside id="evidence-detail" className="detail" aria-labelledby="detail-heading" tabIndex={-1}>
      <div className="detail__header">
        <h3 id="detail-heading">
          <span className="detail__exhibit">{item.exhibitNo}</span> {item.title}
        </h3>
        <button type="button" className="button--quiet" aria-label={t('evidence.detail.close')} onClick={() => select(null)}>×</button>
      </div>
      {item.archivedAt && <p className="badge">{t('evidence.detail.archived')}</p>}
      <AttachmentView item={item} />
      <TagPicker item={item} />
      <Metadata item={item} />
      <EvidenceActions item={item} />
      <CustodyTimeline item={item} />
    </aside>
  );
}

function Metadata({ item }: { item: EvidenceItem }) {
  const { t, i18n } = useTranslation();
  const when = (iso: string | null) => (iso ? `${formatInstant(iso, i18n.language, item.captureTimeZone)} (${item.captureTimeZone})` : '');
  const rows: [string, string][] = [
    [t('evidence.fields.kind'), t(`evidence.kinds.${item.kind}`)],
    [t('evidence.fields.sensitivity'), t(`evidence.sensitivities.${item.sensitivity}`)],
    [t('evidence.fields.platform'), item.platform],
    [t('evidence.fields.sourceUrl'), item.sourceUrl],
    [t('evidence.fields.platformContentId'), item.platformContentId],
    [t('evidence.fields.account'), item.account],
    [t('evidence.fields.publishedAt'), when(item.publishedAt)],
    [t('evidence.fields.capturedAt'), when(item.capturedAt)],
    [t('evidence.fields.capturedBy'), item.capturedBy],
    [t('evidence.fields.captureMethod'), item.captureMethod],
    [t('evidence.fields.externalReference'), item.externalReference],
    [t('evidence.fields.description'), item.description],
    [t('evidence.fields.notes'), item.notes],
    [t('evidence.detail.sha256'), item.hashes.sha256 ?? ''],
    [t('evidence.detail.file'), item.attachment ? `${item.attachment.name} · ${item.attachment.mime} · ${item.attachment.size.toLocaleString(i18n.language)} B` : ''],
  ];
  return (
    <dl className="detail__fields">
      {rows.filter(([, v]) => v !== '').map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd className={k === t('evidence.detail.sha256') ? 'mono' : undefined}>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
