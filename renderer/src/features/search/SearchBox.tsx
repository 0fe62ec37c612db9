import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../store/ui-store';

/** Full-text search of the register; typing settles for a moment before the query runs. */
export function SearchBox({ isSearching }: { isSearching: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const searchText = useUiStore((s) => s.searchText);
  const setSearchText = useUiStore((s) => s.setSearchText);
  const [draft, setDraft] = useState(searchText);
  // A view applied from elsewhere replaces what the box shows.
  useEffect(() => setDraft(searchText), [searchText]);
  useEffect(() => {
    const timer = setTimeout(() => setSearchText(draft), 150);
    return () => clearTimeout(timer);
  }, [draft, setSearchText]);
  return (
    <div className="search-box" role="search" aria-label={t('search.label')}>
      <label htmlFor={id}>{t('search.label')}</label>
      <input id={id} type="search" value={draft} placeholder={t('search.placeholder')} onChange={(e) => setDraft(e.target.value)} aria-describedby={`${id}-hint`} />
      <span id={`${id}-hint`} className="muted">{isSearching ? t('search.searching') : t('search.hint')}</span>
    </div>
  );
}
