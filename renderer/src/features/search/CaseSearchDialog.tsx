import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSearchResult } from '@shared/search/case-results';
import { Dialog } from '../../ui/Dialog';
import { useDebouncedValue } from '../filing/use-debounced-value';
import { CaseSearchResults } from './CaseSearchResults';
import { useCaseSearch } from './use-case-search';
import { useOpenResult } from './use-open-result';

/** Search across the whole case; the results list follows the typing, arrows choose, Enter opens. */
export function CaseSearchDialog({ caseId, isOpen, onClose }: { caseId: string; isOpen: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('search.case.title')} isOpen={isOpen} onClose={onClose} wide>
      {isOpen && <CaseSearchBody caseId={caseId} onClose={onClose} />}
    </Dialog>
  );
}

function CaseSearchBody({ caseId, onClose }: { caseId: string; onClose(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState('');
  const query = useDebouncedValue(draft, draft, 120).value;
  const { response, isSearching, hasFailed } = useCaseSearch(caseId, query);
  const [activeIndex, setActiveIndex] = useState(0);
  const openResult = useOpenResult(caseId);
  const results = response?.groups.flatMap((g) => g.results) ?? [];
  const optionId = (i: number) => `${id}-option-${i}`;
  useEffect(() => {
    setActiveIndex(0);
  }, [response]);
  // Braces matter: newer Chromium returns a promise from scrollIntoView, and an effect must return nothing or a cleanup.
  useEffect(() => {
    void document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
  });

  const open = (result: CaseSearchResult) => {
    onClose();
    openResult(result);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (move !== undefined && results.length > 0) {
      event.preventDefault();
      setActiveIndex((i) => (i + move + results.length) % results.length);
    } else if (event.key === 'Enter' && results[activeIndex]) {
      event.preventDefault();
      open(results[activeIndex]);
    }
  };
  const hasResults = results.length > 0;
  return (
    <div className="case-search">
      <input className="case-search__input" type="search" role="combobox" aria-label={t('search.case.label')} aria-describedby={`${id}-hint`}
        aria-expanded={hasResults} aria-controls={`${id}-list`} aria-autocomplete="list"
        aria-activedescendant={hasResults ? optionId(activeIndex) : undefined}
        value={draft} placeholder={t('search.placeholder')} onChange={(e) => setDraft(e.target.value)} onKeyDown={onKeyDown} autoFocus />
      <p id={`${id}-hint`} className="muted case-search__hint" aria-live="polite">
        {isSearching ? t('search.searching') : hasFailed ? t('search.failed') : response && !hasResults ? t('search.case.noResults', { query: query.trim() }) : t('search.case.hint')}
      </p>
      {response && hasResults && (
        <CaseSearchResults listId={`${id}-list`} response={response} activeIndex={activeIndex} optionId={optionId} onOpen={open} onHover={setActiveIndex} />
      )}
      <div className="dialog__actions">
        <button type="button" onClick={onClose}>{t('search.case.close')}</button>
      </div>
    </div>
  );
}
