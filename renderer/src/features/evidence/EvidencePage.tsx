import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../store/ui-store';
import { EmptyState } from '../../ui/EmptyState';
import { ImportCsvButton } from '../csv-import/ImportCsvButton';
import { useCase } from '../cases/use-cases';
import { BulkBar } from '../review/BulkBar';
import { ExportCsvButton } from '../review/ExportCsvButton';
import { FilterBar } from '../review/FilterBar';
import { ColumnsMenu } from '../review/ColumnsMenu';
import { ReviewMode } from '../review/ReviewMode';
import { ViewsMenu } from '../review/ViewsMenu';
import { useDefaultView, useSavedViews } from '../review/use-views';
import { CaseTagsContext, useCaseTags } from '../review/use-case-tags';
import { SearchBox } from '../search/SearchBox';
import { SearchTermsContext } from '../search/search-terms-context';
import { useSearch } from '../search/use-search';
import { EvidenceDetail } from './detail/EvidenceDetail';
import { EvidenceFormDialog } from './form/EvidenceFormDialog';
import { IntakePanel } from './intake/IntakePanel';
import { RegisterTable } from './register/RegisterTable';
import { useRegister } from './register/use-register';
import { VerifyIntegrity } from './VerifyIntegrity';

/** The evidence register of one case: intake, filters, the list, the selected item. */
export function EvidencePage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const register = useRegister(caseId);
  const caseTags = useCaseTags(caseId);
  const theCase = useCase(caseId);
  const selectedId = useUiStore((s) => s.selectedEvidenceId);
  const openDialog = useUiStore((s) => s.openEvidenceDialog);
  const isShowingArchived = useUiStore((s) => s.isShowingArchivedEvidence);
  const setShowingArchived = useUiStore((s) => s.setShowingArchivedEvidence);
  const archivedId = useId();
  const views = useSavedViews(caseId);
  useDefaultView(caseId, views);
  const isReviewing = useUiStore((s) => s.isReviewing);
  const setReviewing = useUiStore((s) => s.setReviewing);
  const searchText = useUiStore((s) => s.searchText);
  const search = useSearch(caseId, searchText);
  const items = useMemo(() => {
    const filtered = register?.items ?? [];
    return search.hitIds ? filtered.filter((e) => search.hitIds!.has(e.id)) : filtered;
  }, [register, search.hitIds]);
  const isEmptyCase = register?.isComplete && register.unfiltered.length === 0;
  const count = !register
    ? ''
    : !register.isComplete
      ? t('evidence.page.loading')
      : items.length === register.unfiltered.length && !search.hitIds
        ? t('evidence.page.count', { count: items.length })
        : t('review.filter.countOf', { shown: items.length, total: register.unfiltered.length });
  return (
    <CaseTagsContext.Provider value={caseTags}>
      <div className="evidence">
        <div className="evidence__toolbar">
          <button type="button" className="button--primary" onClick={() => openDialog({ mode: 'create' })}>{t('evidence.page.register')}</button>
          <ImportCsvButton caseId={caseId} />
          <label htmlFor={archivedId} className="checkbox">
            <input id={archivedId} type="checkbox" checked={isShowingArchived} onChange={(e) => setShowingArchived(e.target.checked)} />
            {t('evidence.page.showArchived')}
          </label>
          <span className="muted" aria-live="polite">{count}</span>
          <button type="button" onClick={() => setReviewing(true)} disabled={items.length === 0 || isReviewing}>
            {t('review.mode.start')}
          </button>
          <ExportCsvButton caseName={theCase?.shortName || theCase?.title || ''} items={items} />
          <VerifyIntegrity caseId={caseId} />
        </div>
        {register?.hasFailed && <p role="alert" className="field__error">{t('evidence.page.readFailed')}</p>}
        {!isShowingArchived && <IntakePanel caseId={caseId} />}
        {isReviewing && items.length > 0 ? (
          <ReviewMode items={items} onExit={() => setReviewing(false)} />
        ) : isEmptyCase ? (
          <EmptyState headingLevel={3} title={t(isShowingArchived ? 'evidence.page.noArchived' : 'workspace.empty.evidence.title')}
            body={t(isShowingArchived ? 'evidence.page.noArchivedBody' : 'workspace.empty.evidence.body')} />
        ) : (
          <>
            <div className="evidence__views">
              <SearchBox isSearching={search.isSearching} hasFailed={search.hasFailed} />
              {views && <ViewsMenu caseId={caseId} views={views} />}
              <ColumnsMenu />
            </div>
            <FilterBar loaded={register?.unfiltered ?? []} />
            <BulkBar caseId={caseId} items={items} />
            <div className={selectedId ? 'evidence__body evidence__body--with-detail' : 'evidence__body'}>
              {register && (
                <SearchTermsContext.Provider value={search.terms}>
                  <RegisterTable items={items} />
                </SearchTermsContext.Provider>
              )}
              {selectedId && <EvidenceDetail caseId={caseId} itemId={selectedId} />}
            </div>
          </>
        )}
        <EvidenceFormDialog caseId={caseId} />
      </div>
    </CaseTagsContext.Provider>
  );
}
