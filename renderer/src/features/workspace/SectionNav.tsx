import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { caseSections, type CaseSection } from './sections';

export function SectionNav({ caseId, current }: { caseId: string; current: CaseSection }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.caseSections')} className="section-nav">
      <ul>
        {caseSections.map((section) => (
          <li key={section}>
            <Link href={`/cases/${caseId}/${section}`} aria-current={section === current ? 'page' : undefined}>
              {t(`workspace.sections.${section}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
