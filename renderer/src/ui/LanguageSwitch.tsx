import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@shared/domain/types';
import { changeLocale, currentLocale, supportedLocales } from '../i18n/i18n';

/** Switches the interface language; the choice is remembered on this machine. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={currentLocale()} data-lang={i18n.language} onChange={(e) => void changeLocale(e.target.value as Locale)}>
        {supportedLocales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(`language.${locale}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
