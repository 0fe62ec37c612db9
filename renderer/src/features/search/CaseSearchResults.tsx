import { useTranslation } from 'react-i18next';
import type { CaseSearchResponse, CaseSearchResult } from '@shared/search/case-results';
import { Highlight } from './Highlight';
import { ResultLabel } from './ResultLabel';

interface Props {
  listId: string;
  response: CaseSearchResponse;
  /** Index of the active result in reading order (across groups). */
  activeIndex: number;
  optionId(index: number): string;
  onOpen(result: CaseSearchResult): void;
  onHover(index: number): void;
}

/** The results grouped by kind, each with its label and the text around the match, matched words marked. */
export function CaseSearchResults({ listId, response, activeIndex, optionId, onOpen, onHover }: Props) {
  const { t } = useTranslation();
  let index = -1;
  return (
    <div id={listId} role="listbox" aria-label={t('search.case.results')} className="case-search__results">
      {response.groups.map((group) => (
        <div key={group.kind} role="group" aria-labelledby={`${listId}-${group.kind}`} className="case-search__group">
          <h3 id={`${listId}-${group.kind}`} className="case-search__kind">
            {t(`search.case.kinds.${group.kind}`)}
            <span className="muted">
              {t('search.case.count', { count: group.total })}
              {group.total > group.results.length && ` · ${t('search.case.more', { shown: group.results.length })}`}
            </span>
          </h3>
          {group.results.map((result) => {
            index += 1;
            const i = index;
            return (
              <div key={result.id} id={optionId(i)} role="option" aria-selected={i === activeIndex}
                className="case-search__result" onClick={() => onOpen(result)} onMouseMove={() => onHover(i)}>
                <span className="case-search__label"><ResultLabel result={result} terms={response.terms} /></span>
                {result.snippet && <span className="case-search__snippet"><Highlight text={result.snippet} terms={response.terms} /></span>}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
