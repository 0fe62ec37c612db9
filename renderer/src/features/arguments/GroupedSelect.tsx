import { forwardRef, useId, type SelectHTMLAttributes } from 'react';
import type { OptionGroup } from './authority-options';

interface Props extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  placeholder: string;
  groups: readonly OptionGroup[];
  error?: string;
}

/** A labelled select whose options come in named groups (instrument, facts, exhibits…). */
export const GroupedSelect = forwardRef<HTMLSelectElement, Props>(function GroupedSelect({ label, placeholder, groups, error, ...select }, ref) {
  const id = useId();
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} ref={ref} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} {...select}>
        <option value="">{placeholder}</option>
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </optgroup>
        ))}
      </select>
      {error && <p id={`${id}-error`} className="field__error">{error}</p>}
    </div>
  );
});
