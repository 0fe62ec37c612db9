import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { DatePrecision } from '@shared/domain/types';
import { datePrecisions } from '@shared/chronology/fuzzy-date';
import type { FactForm } from '@shared/chronology/fact-input';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';

interface Props {
  precision: DatePrecision;
  register: UseFormRegister<FactForm>;
  errors: FieldErrors<FactForm>;
}

/** The precision, then only the inputs that precision needs. */
export function FactDateFields({ precision, register, errors }: Props) {
  const { t } = useTranslation();
  const err = (field: 'day' | 'endDay' | 'month' | 'year' | 'dateTime' | 'timeZone') => {
    const message = errors[field]?.message;
    return message ? t(message as 'validation.required') : undefined;
  };
  const isDay = ['day', 'approximate', 'before', 'after', 'between'].includes(precision);
  return (
    <div className="form-grid fact-date">
      <SelectField label={t('chronology.fields.precision')}
        options={datePrecisions.map((p) => ({ value: p, label: t(`chronology.precisions.${p}`) }))} {...register('precision')} />
      {isDay && (
        <TextField type="date" label={t(precision === 'between' ? 'chronology.fields.firstDay' : 'chronology.fields.day')} error={err('day')} {...register('day')} />
      )}
      {precision === 'between' && <TextField type="date" label={t('chronology.fields.endDay')} error={err('endDay')} {...register('endDay')} />}
      {precision === 'month' && <TextField type="month" label={t('chronology.fields.month')} error={err('month')} {...register('month')} />}
      {precision === 'year' && (
        <TextField inputMode="numeric" maxLength={4} label={t('chronology.fields.year')} error={err('year')} {...register('year')} />
      )}
      {precision === 'exact' && (
        <>
          <TextField type="datetime-local" label={t('chronology.fields.dateTime')} error={err('dateTime')} {...register('dateTime')} />
          <TextField label={t('chronology.fields.timeZone')} error={err('timeZone')} {...register('timeZone')} />
        </>
      )}
    </div>
  );
}
