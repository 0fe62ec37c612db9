import { useTranslation } from 'react-i18next';

/** Says, beside the real name, what every filing will print instead of it. */
export function ProtectedBadge({ pseudonym }: { pseudonym: string }) {
  const { t } = useTranslation();
  return <span className="protected-badge">{t('parties.protectedBadge', { pseudonym })}</span>;
}
