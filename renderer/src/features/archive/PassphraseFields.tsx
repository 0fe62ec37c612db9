import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/TextField';

export const MIN_PASSPHRASE = 10;

export interface PassphraseValue {
  passphrase: string;
  confirm: string;
}

/** The problem with a chosen passphrase, as an i18n key, or null when it will do. */
export function passphraseProblem({ passphrase, confirm }: PassphraseValue): 'archive.export.tooShort' | 'archive.export.mismatch' | null {
  if (passphrase.length < MIN_PASSPHRASE) return 'archive.export.tooShort';
  if (passphrase !== confirm) return 'archive.export.mismatch';
  return null;
}

/** A new passphrase, typed twice; errors show once the user has tried to export. */
export function PassphraseFields({ value, onChange, showErrors }: { value: PassphraseValue; onChange(next: PassphraseValue): void; showErrors: boolean }) {
  const { t } = useTranslation();
  const problem = showErrors ? passphraseProblem(value) : null;
  return (
    <div className="archive__passphrase">
      <TextField label={t('archive.export.passphrase')} type="password" autoComplete="new-password" value={value.passphrase}
        hint={t('archive.export.encryptHint')} error={problem === 'archive.export.tooShort' ? t(problem) : undefined}
        onChange={(e) => onChange({ ...value, passphrase: e.target.value })} />
      <TextField label={t('archive.export.confirm')} type="password" autoComplete="new-password" value={value.confirm}
        error={problem === 'archive.export.mismatch' ? t(problem) : undefined}
        onChange={(e) => onChange({ ...value, confirm: e.target.value })} />
    </div>
  );
}
