import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedView } from '@shared/domain/types';
import { db } from '../../db/database';
import { withStorageErrors } from '../../db/report-storage-errors';
import { useUiStore } from '../../store/ui-store';
import { deleteView, saveView, setDefaultView } from './data/view-commands';
import { applyView, currentViewState } from './use-views';

/** Saved views of the register: pick one, save the current one, choose the default. */
export function ViewsMenu({ caseId, views }: { caseId: string; views: SavedView[] }) {
  const { t } = useTranslation();
  const id = useId();
  const activeViewId = useUiStore((s) => s.activeViewId);
  const setActiveView = useUiStore((s) => s.setActiveView);
  const announce = useUiStore((s) => s.announce);
  const [isSaving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const [isDefault, setDefault] = useState(false);
  const active = views.find((v) => v.id === activeViewId) ?? null;

  const save = async () => {
    if (!name.trim()) return;
    const view = await withStorageErrors(() => saveView(db, caseId, name, currentViewState(), isDefault));
    if (!view) return;
    setActiveView(view.id);
    setSaving(false);
    setName('');
    announce(t('review.views.saved', { name: view.name }));
  };

  return (
    <div className="views-menu">
      <label htmlFor={id}>{t('review.views.label')}</label>
      <select id={id} value={active?.id ?? ''} onChange={(e) => {
        const view = views.find((v) => v.id === e.target.value);
        if (view) applyView(view);
        else setActiveView(null);
      }}>
        <option value="">{t('review.views.unsaved')}</option>
        {views.map((v) => <option key={v.id} value={v.id}>{v.isDefault ? t('review.views.defaultMark', { name: v.name }) : v.name}</option>)}
      </select>
      {!isSaving && <button type="button" onClick={() => setSaving(true)}>{t('review.views.save')}</button>}
      {active && !active.isDefault && (
        <button type="button" onClick={() => void withStorageErrors(() => setDefaultView(db, active))}>{t('review.views.makeDefault')}</button>
      )}
      {active && (
        <button type="button" onClick={() => void withStorageErrors(() => deleteView(db, active)).then(() => setActiveView(null))}>
          {t('review.views.delete')}
        </button>
      )}
      {isSaving && (
        <form className="views-menu__save" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <label>
            {t('review.views.name')}
            <input value={name} onChange={(e) => setName(e.target.value)} autoFocus maxLength={80} />
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={isDefault} onChange={(e) => setDefault(e.target.checked)} />
            {t('review.views.asDefault')}
          </label>
          <button type="submit" className="button--primary" disabled={!name.trim()}>{t('review.views.confirmSave')}</button>
          <button type="button" onClick={() => setSaving(false)}>{t('caseForm.cancel')}</button>
        </form>
      )}
    </div>
  );
}
