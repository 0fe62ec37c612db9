import { useTranslation } from 'react-i18next';
import { Link, Redirect } from 'wouter';
import { EmptyState } from '../../ui/EmptyState';
import { EvidencePage } from '../evidence/EvidencePage';
import { ExportPage } from '../export/ExportPage';
import { FilingPage } from '../filing/FilingPage';
import { ChronologyPage } from '../chronology/ChronologyPage';
import { ExpertsPage } from '../experts/ExpertsPage';
import { ArgumentsPage } from '../arguments/ArgumentsPage';
import { PartiesPage } from '../parties/PartiesPage';
import { useAutoBackup } from '../backups/use-auto-backup';
import { useCase } from '../cases/use-cases';
import { CaseHeader } from './CaseHeader';
import { SectionNav } from './SectionNav';
import { isCaseSection } from './sections';

export function CaseWorkspacePage({ caseId, section }: { caseId: string; section: string | undefined }) {
  const { t } = useTranslation();
  const value = useCase(caseId);
  useAutoBackup(caseId);
  if (value === undefined) return null;
  if (value === null) {
    return (
      <section className="page">
        <EmptyState title={t('cases.title')} body={t('cases.notFound')}>
          <Link href="/">{t('nav.backToCases')}</Link>
        </EmptyState>
      </section>
    );
  }
  if (!isCaseSection(section)) return <Redirect to={`/cases/${caseId}/evidence`} replace />;
  return (
    <div className="workspace">
      <CaseHeader value={value} />
      <div className="workspace__body">
        <SectionNav caseId={caseId} current={section} />
        <section className="workspace__section" aria-labelledby="section-heading">
          <h2 id="section-heading" className="workspace__section-title">{t(`workspace.sections.${section}`)}</h2>
          {section === 'evidence' ? (
            <EvidencePage caseId={caseId} />
          ) : section === 'parties' ? (
            <PartiesPage caseId={caseId} />
          ) : section === 'chronology' ? (
            <ChronologyPage caseId={caseId} />
          ) : section === 'experts' ? (
            <ExpertsPage caseId={caseId} />
          ) : section === 'arguments' ? (
            <ArgumentsPage caseId={caseId} />
          ) : section === 'export' ? (
            <ExportPage caseId={caseId} />
          ) : section === 'filing' ? (
            <FilingPage caseId={caseId} />
          ) : null}
        </section>
      </div>
    </div>
  );
}
