import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickerItem } from './citation-items';

interface Props {
  items: readonly PickerItem[];
  activeIndex: number;
  query: string;
  /** Typed after a comma: where in the source the citation points. */
  pinpoint: string | null;
  position: { top: number; left: number } | null;
  onChoose(item: PickerItem): void;
}

/** The list under the caret after "[": filtered as one types, arrows move, Enter inserts, Escape closes. */
export function CitationPicker({ items, activeIndex, query, pinpoint, position, onChoose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="citation-picker" style={position ? { top: position.top, left: position.left } : undefined}>
      {pinpoint && items.length > 0 && <p className="citation-picker__pinpoint" role="status">{t('arguments.editor.pickerPinpoint', { pinpoint })}</p>}
      {items.length === 0 ? (
        <p className="citation-picker__empty" role="status">{t('arguments.editor.pickerEmpty', { query })}</p>
      ) : (
        <ul role="listbox" aria-label={t('arguments.editor.pickerLabel')} id={id}>
          {items.map((item, i) => (
            <li key={`${item.ref.kind}:${item.ref.id}`} role="option" aria-selected={i === activeIndex}
              className={i === activeIndex ? 'citation-picker__item citation-picker__item--active' : 'citation-picker__item'}
              // mousedown, not click: the editor must keep its focus and selection.
              onMouseDown={(e) => { e.preventDefault(); onChoose(item); }}>
              <span className="citation-picker__kind">{t(`arguments.citationKinds.${item.ref.kind}`)}</span>
              <span className="citation-picker__label">{item.label}</span>
              <span className="citation-picker__detail">{item.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
