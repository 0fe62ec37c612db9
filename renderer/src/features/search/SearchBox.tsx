import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../store/ui-store';

/** Full-text search of the register; typing settles for a moment before the query runs. */
export function SearchBox({ isSearching, hasFailed = false }: { isSearching: boolean; hasFailed?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const searchText = useUiStore((s) => s.searchText);
  const setSearchText = useUiStore((s) => s.setSearchText);
  const [draft, setDraft] = useState(searchText);
  const typing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // A view applied from elsewhere replaces what the box shows, and wins over typing not yet settled.
  useEffect(() => {
    clearTimeout(typing.current);
    setDraft(searchText);
  }, [searchText]);
  useEffect(() => () => clearTimeout(typing.current), []);
  // Only typing reaches the store: a draft that came from the store is never written back late over a newer value.
  const onType = (value: string) => {
    setDraft(value);
    clearTimeout(typing.current);
    typing.current = setTimeout(() => setSearchText(value), 150);
  };
  return (
    <div className="search-box" role="search" aria-label={t('search.label')}>
      <label htmlFor={id}>{t('search.label')}</label>
      <input id={id} type="search" value={draft} placeholder={t('search.placeholder')} onChange={(e) => onType(e.target.value)} aria-describedby={`${id}-hint`} />
      <span id={`${id}-hint`} className="muted">{isSearching ? t('search.searching') : hasFailed ? t('search.failed') : t('search.hint')}</span>
    </div>
  );
}
