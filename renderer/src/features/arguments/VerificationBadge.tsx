import { useTranslation } from 'react-i18next';
import { catalogueEntry, needsVerification } from '@shared/legal/catalogue';

/**
 * What the catalogue says of a provision's certainty, and never more: drafts
 * are "Draft — not law"; P, UNVERIFIED or caveated rows say "Verify before filing" with the note.
 */
export function VerificationBadge({ authorityId, hasNote = true }: { authorityId: string; hasNote?: boolean }) {
  const { t } = useTranslation();
  const entry = catalogueEntry(authorityId);
  if (!entry) return null;
  return (
    <>
      {entry.isDraft && <span className="legal-badge legal-badge--draft">{t('arguments.catalogue.draft')}</span>}
      {needsVerification(entry) && (
        <>
          <span className="legal-badge legal-badge--verify" title={entry.row.verificationNote}>{t('arguments.catalogue.verifyBeforeFiling')}</span>
          {hasNote ? <span className="legal-note">{entry.row.verificationNote}</span> : <span className="visually-hidden">{entry.row.verificationNote}</span>}
        </>
      )}
    </>
  );
}
