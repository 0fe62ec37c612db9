import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/** A field error as the user reads it: messages are i18n keys. */
export function useArgumentMessage(): (error: FieldError | undefined) => string | undefined {
  const { t } = useTranslation();
  return (error) => (error?.message ? t(error.message as 'validation.required') : undefined);
}
