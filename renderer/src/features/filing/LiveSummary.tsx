import { useRef, type ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { filingFormSchema, type FilingFormValues } from './filing-form';
import { FilingSummary } from './FilingSummary';
import { useFilingPreview } from './use-filing-preview';

/** The summary of the form's current values; its own component so typing re-renders only this. */
export function LiveSummary({ caseId, children }: { caseId: string; children: ReactNode }) {
  const { control, getValues } = useFormContext<FilingFormValues>();
  const watched = useWatch({ control });
  const lastValid = useRef<FilingFormValues>(getValues());
  // While a field is invalid (a date being retyped) the summary keeps the last values that made sense.
  const parsed = filingFormSchema.safeParse(watched);
  if (parsed.success) lastValid.current = parsed.data;
  const { doc, isPending } = useFilingPreview(caseId, lastValid.current);
  return <FilingSummary doc={doc} isPending={isPending}>{children}</FilingSummary>;
}
