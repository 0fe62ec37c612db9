import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { LanguageSwitch } from './LanguageSwitch';

export function AppHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <a
        className="skip-link"
        href="#main"
        // Hash routing owns the URL fragment: move focus instead of navigating.
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <div className="app-header__brand">
        <span className="app-header__name">{t('app.name')}</span>
        <span className="app-header__tagline">{t('app.tagline')}</span>
      </div>
      <nav aria-label={t('nav.main')} className="app-header__nav">
        <Link href="/">{t('nav.cases')}</Link>
      </nav>
      <span className="offline-badge">{t('app.offlineBadge')}</span>
      <LanguageSwitch />
    </header>
  );
}
