import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@shared/domain/types';
import { en } from './locales/en';
import { es } from './locales/es';

export const supportedLocales: readonly Locale[] = ['en', 'es'];
const STORAGE_KEY = 'expediente.language';

function isLocale(value: unknown): value is Locale {
  return supportedLocales.includes(value as Locale);
}

/** The saved choice, else the system language when we have it, else English. */
export function initialLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (isLocale(saved)) return saved;
  const system = navigator.language.slice(0, 2);
  return isLocale(system) ? system : 'en';
}

export async function setupI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, es: { translation: es } },
    lng: initialLocale(),
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return i18next;
}

export async function changeLocale(locale: Locale): Promise<void> {
  localStorage.setItem(STORAGE_KEY, locale);
  await i18next.changeLanguage(locale);
}

export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : 'en';
}
