import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ExpertReport, Fact } from '@shared/domain/types';
import { formatFuzzyDate } from '@shared/chronology/format-fuzzy-date';
import { displayLocale, formatCalendarDate } from '../../i18n/format-date';
import { useUiStore } from '../../store/ui-store';
import type { PartyLinks } from './use-party-links';

function LinkSection({ heading, count, empty, note, children }: { heading: string; count: number; empty: string; note?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="party-screen__section" aria-labelledby={headingId}>
      <h4 id={headingId}>{heading} <span className="muted">({count})</span></h4>
      {note && <p className="muted party-screen__note">{note}</p>}
      {count === 0 ? <p className="muted">{empty}</p> : <ul className="party-screen__list">{children}</ul>}
    </section>
  );
}

/** The party's facts; each opens in the chronology, with its exhibits. */
export function PartyFactList({ caseId, facts }: { caseId: string; facts: readonly Fact[] }) {
  const { t, i18n } = useTranslation();
  const locale = displayLocale(i18n.language);
  const reset = useUiStore((s) => s.resetChronologyView);
  const setOpenFact = useUiStore((s) => s.setOpenFact);
  const setView = useUiStore((s) => s.setFactView);
  const open = (id: string) => { reset(); setView('all'); setOpenFact(id); };
  return (
    <LinkSection heading={t('parties.screen.factsHeading')} count={facts.length} empty={t('parties.screen.noFacts')}>
      {facts.map((fact) => (
        <li key={fact.id}>
          <Link href={`/cases/${caseId}/chronology`} onClick={() => open(fact.id)}>{t('chronology.factNumber', { number: fact.number })}</Link>
          {' '}<span className="muted">{formatFuzzyDate(fact.date, locale)}</span>
          <span className="party-screen__text">{fact.text}</span>
        </li>
      ))}
    </LinkSection>
  );
}

/** The reports the party is the expert of; each opens in Expert reports. */
export function PartyReportList({ caseId, reports }: { caseId: string; reports: readonly ExpertReport[] }) {
  const { t, i18n } = useTranslation();
  const setOpenReport = useUiStore((s) => s.setOpenReport);
  const showArchived = useUiStore((s) => s.setShowingArchivedReports);
  return (
    <LinkSection heading={t('parties.screen.reportsHeading')} count={reports.length} empty={t('parties.screen.noReports')}>
      {reports.map((report) => (
        <li key={report.id}>
          <Link href={`/cases/${caseId}/experts`} onClick={() => { showArchived(false); setOpenReport(report.id); }}>{report.title}</Link>
          {' '}<span className="muted">{report.date ? formatCalendarDate(report.date, i18n.language) : t('parties.screen.undated')}</span>
        </li>
      ))}
    </LinkSection>
  );
}

/** The exhibits the party's facts and reports cite; each opens in the evidence register. */
export function PartyEvidenceList({ caseId, evidence }: { caseId: string; evidence: PartyLinks['evidence'] }) {
  const { t } = useTranslation();
  const select = useUiStore((s) => s.selectEvidence);
  return (
    <LinkSection heading={t('parties.screen.evidenceHeading')} count={evidence.length} empty={t('parties.screen.noEvidence')} note={t('parties.screen.evidenceNote')}>
      {evidence.map((item) => (
        <li key={item.id}>
          <Link href={`/cases/${caseId}/evidence`} onClick={() => select(item.id)}>{item.exhibitNo}</Link>
          {' '}<span className="party-screen__text">{item.title}</span>
          {item.archivedAt && <span className="muted"> ({t('parties.screen.archived')})</span>}
        </li>
      ))}
    </LinkSection>
  );
}
