import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect } from 'wouter';
import { EmptyState } from '../../ui/EmptyState';
import { EvidencePage } from '../evidence/EvidencePage';
import { useAutoBackup } from '../backups/use-auto-backup';
import { useCase } from '../cases/use-cases';
import { CaseHeader } from './CaseHeader';
import { SectionNav } from './SectionNav';
import { isCaseSection } from './sections';

// The register is what opens first and stays in the main chunk; the other
// sections (the editor, the PDF and DOCX writers, zip) load when first shown,
// so opening a case does not parse megabytes of code it does not need yet.
const PartiesPage = lazy(() => import('../parties/PartiesPage').then((m) => ({ default: m.PartiesPage })));
const ChronologyPage = lazy(() => import('../chronology/ChronologyPage').then((m) => ({ default: m.ChronologyPage })));
const ExpertsPage = lazy(() => import('../experts/ExpertsPage').then((m) => ({ default: m.ExpertsPage })));
const ArgumentsPage = lazy(() => import('../arguments/ArgumentsPage').then((m) => ({ default: m.ArgumentsPage })));
const ExportPage = lazy(() => import('../export/ExportPage').then((m) => ({ default: m.ExportPage })));
const FilingPage = lazy(() => import('../filing/FilingPage').then((m) => ({ default: m.FilingPage })));

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
          <Suspense fallback={<p className="muted" role="status">{t('workspace.loadingSection')}</p>}>
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
          </Suspense>
        </section>
      </div>
    </div>
  );
}
