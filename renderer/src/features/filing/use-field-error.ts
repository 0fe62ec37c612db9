import { useTranslation } from 'react-i18next';
import type { FieldError } from 'react-hook-form';

/** A field's zod message (an i18n key) in the interface language. */
export function useFieldError(): (error: FieldError | undefined) => string | undefined {
  const { t } = useTranslation();
  return (error) => (error?.message ? t(error.message as 'filing.validation.date') : undefined);
}
