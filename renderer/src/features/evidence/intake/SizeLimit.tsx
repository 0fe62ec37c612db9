import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxAttachmentMb, setMaxAttachmentMb } from './intake-settings';

/** The largest file accepted at intake, shown and editable on this machine. */
export function SizeLimit() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [mb, setMb] = useState(maxAttachmentMb);
  const [isEditing, setEditing] = useState(false);
  const [draft, setDraft] = useState(String(mb));
  const isValid = /^\d{1,7}$/.test(draft) && Number(draft) > 0;
  if (!isEditing) {
    return (
      <p className="muted size-limit">
        {t('evidence.intake.limit', { mb: mb.toLocaleString(i18n.language) })}{' '}
        <button type="button" className="button--link" onClick={() => setEditing(true)}>{t('evidence.intake.changeLimit')}</button>
      </p>
    );
  }
  return (
    <form
      className="size-limit"
      onSubmit={(e) => {
        e.preventDefault();
        if (!isValid) return;
        setMaxAttachmentMb(Number(draft));
        setMb(Number(draft));
        setEditing(false);
      }}
    >
      <label htmlFor={id}>{t('evidence.intake.limitLabel')}</label>
      <input id={id} inputMode="numeric" value={draft} onChange={(e) => setDraft(e.target.value.trim())} aria-invalid={!isValid || undefined} size={8} />
      <button type="submit" disabled={!isValid}>{t('caseForm.save')}</button>
    </form>
  );
}
