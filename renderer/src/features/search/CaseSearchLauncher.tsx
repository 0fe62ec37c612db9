import './case-search.css';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseSearchDialog } from './CaseSearchDialog';
import { openCaseSearch } from './search-client';
import { useSearchShortcut } from './use-search-shortcut';

/** The case-wide search field of the workspace header: a click, Ctrl+K or "/" opens the search. */
export function CaseSearchLauncher({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const open = useCallback(() => setOpen(true), []);
  useSearchShortcut(open);
  // The worker builds the case's indexes once the workspace has drawn, so the search is ready before it is asked for.
  useEffect(() => {
    const idle = requestIdleCallback(() => openCaseSearch(caseId), { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }, [caseId]);
  return (
    <>
      <button type="button" className="case-search-launcher" onClick={open} aria-keyshortcuts="Control+K /">
        <span aria-hidden="true" className="case-search-launcher__icon">⌕</span>
        <span className="case-search-launcher__text">{t('search.case.open')}</span>
        <kbd>Ctrl K</kbd>
      </button>
      <CaseSearchDialog caseId={caseId} isOpen={isOpen} onClose={() => setOpen(false)} />
    </>
  );
}
