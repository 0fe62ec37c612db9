import { useTranslation } from 'react-i18next';
import { formatFuzzyDate } from '@shared/chronology/format-fuzzy-date';
import type { CaseSearchResult } from '@shared/search/case-results';
import { displayLocale } from '../../i18n/format-date';
import { Highlight } from './Highlight';

/** What names a result: exhibit number and title, fact number and date, report and finding, argument heading. */
// Each part is one element: the label is a flex row, and bare text beside a <mark> would become separate, spaced items.
export function ResultLabel({ result, terms }: { result: CaseSearchResult; terms: readonly string[] }) {
  const { t, i18n } = useTranslation();
  switch (result.kind) {
    case 'evidence':
      return (
        <>
          <span className="case-search__ref"><Highlight text={result.exhibitNo} terms={terms} /></span>
          <span><Highlight text={result.title || t('search.case.untitled')} terms={terms} /></span>
        </>
      );
    case 'facts':
      return (
        <>
          <span className="case-search__ref"><Highlight text={t('chronology.factNumber', { number: result.number })} terms={terms} /></span>
          <span>{formatFuzzyDate(result.date, displayLocale(i18n.language))}</span>
        </>
      );
    case 'findings':
      return (
        <>
          <span className="case-search__ref">
            {result.findingNo === null ? t('search.case.conclusions') : t('search.case.finding', { number: result.findingNo })}
          </span>
          <span><Highlight text={result.report || t('search.case.untitled')} terms={terms} /></span>
        </>
      );
    case 'arguments':
      return <span><Highlight text={result.heading || t('search.case.untitled')} terms={terms} /></span>;
  }
}
