import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '@shared/domain/types';
import { db } from '../../../db/database';
import { withStorageErrors } from '../../../db/report-storage-errors';
import { useUiStore } from '../../../store/ui-store';
import { logReveal } from '../data/evidence-lifecycle';
import { SaveCopyButton } from './SaveCopyButton';

/**
 * What the item holds. Withheld: a neutral placeholder, never content.
 * Restricted: blurred until revealed, and each reveal is logged.
 */
export function AttachmentView({ item }: { item: EvidenceItem }) {
  const { t } = useTranslation();
  const isRevealed = useUiStore((s) => s.revealedIds.has(item.id));
  const markRevealed = useUiStore((s) => s.markRevealed);
  if (item.sensitivity === 'withheld') {
    return (
      <div className="attachment attachment--withheld" role="note">
        <strong>{t('evidence.withheld.title')}</strong>
        <p>{t('evidence.withheld.body')}</p>
      </div>
    );
  }
  if (!item.attachment) return <p className="muted">{t('evidence.detail.noAttachment')}</p>;
  const isHidden = item.sensitivity === 'restricted' && !isRevealed;
  const reveal = async () => {
    const ok = await withStorageErrors(() => logReveal(db, item).then(() => true));
    if (ok) markRevealed(item.id);
  };
  return (
    <div className="attachment">
      {item.attachment.mime.startsWith('image/') ? (
        <ImagePreview sha256={item.attachment.sha256} alt={item.title} isBlurred={isHidden} />
      ) : (
        <p className="attachment__file">{item.attachment.name} · {item.attachment.mime}</p>
      )}
      {!isHidden && (
        <SaveCopyButton caseId={item.caseId} entity="evidence" entityId={item.id} label={item.exhibitNo} attachment={item.attachment} />
      )}
      {isHidden && (
        <div className="attachment__veil">
          <p>{t('evidence.restricted.body')}</p>
          <button type="button" onClick={() => void reveal()}>{t('evidence.restricted.reveal')}</button>
        </div>
      )}
    </div>
  );
}

function ImagePreview({ sha256, alt, isBlurred }: { sha256: string; alt: string; isBlurred: boolean }) {
  const blob = useLiveQuery(async () => (await db.files.get(sha256))?.blob ?? null, [sha256]);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) return;
    const next = URL.createObjectURL(blob);
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [blob]);
  if (!url) return null;
  return <img src={url} alt={alt} className={isBlurred ? 'attachment__image attachment__image--blurred' : 'attachment__image'} />;
}
