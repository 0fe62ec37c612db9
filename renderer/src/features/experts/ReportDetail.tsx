import { useId } from 'react';
import { useFocusedPart } from './use-focused-part';
import { useTranslation } from 'react-i18next';
import type { ExpertReport } from '@shared/domain/types';
import { partyLabel } from '@shared/parties/pseudonym';
import { formatCalendarDate } from '../../i18n/format-date';
import { useUiStore } from '../../store/ui-store';
import { ExhibitLink } from '../chronology/ExhibitLink';
import { ChecklistTable } from './ChecklistTable';
import { ReportPdfField } from './ReportPdfField';
import type { ExpertReports } from './use-reports';

interface Props {
  caseId: string;
  report: ExpertReport;
  data: ExpertReports;
}

/** One report read as a whole: what it says, what it rests on, and what PD35 still wants of it. */
export function ReportDetail({ caseId, report, data }: Props) {
  const { t, i18n } = useTranslation();
  const setOpenReport = useUiStore((s) => s.setOpenReport);
  const headingId = useId();
  const focus = useFocusedPart(report.id);
  const expert = report.expertPartyId ? data.parties.get(report.expertPartyId) : undefined;
  const none = <span className="muted">{t('experts.detail.none')}</span>;
  const prose = (text: string | undefined) => (text?.trim() ? <p className="report__prose">{text}</p> : none);
  const instructions = report.instructionList ?? [];
  return (
    <article className="report" aria-labelledby={headingId}>
      <div className="detail__header">
        <h3 id={headingId}>{report.title}</h3>
        <button type="button" onClick={() => setOpenReport(null)}>{t('experts.detail.close')}</button>
      </div>
      <div className="report__columns">
        <div className="report__body">
          <dl className="detail__fields">
            <div><dt>{t('experts.detail.expert')}</dt><dd>{expert ? partyLabel(expert) : none}</dd></div>
            <div><dt>{t('experts.detail.date')}</dt><dd>{report.date ? formatCalendarDate(report.date, i18n.language) : none}</dd></div>
            <div><dt>{t('experts.detail.qualifications')}</dt><dd>{prose(report.qualifications)}</dd></div>
          </dl>
          <h4>{t('experts.detail.instructions')}</h4>
          {instructions.length === 0 ? none : (
            <ul className="report__instructions">
              {instructions.map((ins, i) => (
                <li key={i}>
                  {ins.date && <span className="report__date">{formatCalendarDate(ins.date, i18n.language)}</span>}{' '}
                  {ins.text}
                </li>
              ))}
            </ul>
          )}
          <h4>{t('experts.detail.conclusions')}</h4>
          <div {...focus.props('conclusions')}>{prose(report.conclusions)}</div>
          <h4>{t('experts.detail.rangeOfOpinion')}</h4>
          {prose(report.rangeOfOpinion)}
          <h4 id={`${headingId}-findings`}>{t('experts.detail.findings')}</h4>
          {report.findings.length === 0 ? none : (
            <ol className="report__findings" aria-labelledby={`${headingId}-findings`}>
              {report.findings.map((f) => (
                <li key={f.id} {...focus.props(f.id)}>
                  <p>{f.text}</p>
                  {(f.evidence.length > 0 || f.factIds.length > 0) && (
                    <p className="report__rests-on">
                      <span className="muted">{t('experts.detail.restsOn')}</span>{' '}
                      {f.evidence.map((pin, i) => {
                        const item = data.exhibits.get(pin.evidenceId);
                        return item ? <span key={`e${i}`}><ExhibitLink caseId={caseId} pin={pin} exhibitNo={item.exhibitNo} title={item.title} /> </span> : null;
                      })}
                      {f.factIds.map((id) => {
                        const n = data.factNumbers.get(id);
                        return n === undefined ? null : <span key={id} className="report__fact">{t('chronology.factNumber', { number: n })} </span>;
                      })}
                    </p>
                  )}
                </li>
              ))}
            </ol>
          )}
        </div>
        <div className="report__side">
          <ChecklistTable report={report} />
          <ReportPdfField report={report} />
        </div>
      </div>
    </article>
  );
}
