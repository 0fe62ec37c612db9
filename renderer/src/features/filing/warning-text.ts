import type { TFunction } from 'i18next';
import type { FilingWarning } from '@shared/filing';

/** A filing warning in the interface's language; the English message stands in for a wording the locale lacks. */
export function warningText(t: TFunction, warning: FilingWarning): string {
  return t(`filing.warningText.${warning.key ?? warning.code}`, { ...warning.values, defaultValue: warning.message, interpolation: { escapeValue: false } });
}
