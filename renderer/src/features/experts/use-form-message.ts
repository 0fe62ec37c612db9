import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/**
 * A field error as the user reads it. Messages are i18n keys, except an
 * unknown-facts error, whose message carries the numbers to name.
 */
export function useFormMessage(): (error: FieldError | undefined) => string | undefined {
  const { t } = useTranslation();
  return (error) => {
    if (!error?.message) return undefined;
    if (error.type === 'unknown-facts') return t('experts.form.unknownFacts', { numbers: error.message });
    return t(error.message as 'validation.required');
  };
}
