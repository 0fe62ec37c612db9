import { useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../../store/ui-store';
import { ArgumentChoices } from './ArgumentChoices';
import { ClosingFields } from './ClosingFields';
import { ContentFields } from './ContentFields';
import { CourtProfileFields } from './CourtProfileFields';
import type { FilingFormat } from './data/record-filing-export';
import { DocumentFields } from './DocumentFields';
import { FilingActions } from './FilingActions';
import { FilingResult } from './FilingResult';
import { filingFormSchema, type FilingFormValues } from './filing-form';
import { headingOrder, initialFilingValues } from './initial-values';
import { LiveSummary } from './LiveSummary';
import { PartyChoices } from './PartyChoices';
import type { FilingCase } from './use-filing-case';
import { useFilingExport } from './use-filing-export';

const today = () => {
  const now = new Date();
  // The lawyer's calendar day, not UTC's.
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** The form and its live summary. Starts from the last filing's choices, captured once when the screen opens. */
export function FilingScreen({ data }: { data: FilingCase }) {
  const { t } = useTranslation();
  const announce = useUiStore((s) => s.announce);
  const caseId = data.theCase.id;
  const [initial] = useState(() => initialFilingValues({ theCase: data.theCase, parties: data.parties, args: data.arguments, last: data.last, today: today() }));
  const form = useForm<FilingFormValues>({ resolver: zodResolver(filingFormSchema), defaultValues: initial });
  const { state, exportAs } = useFilingExport(caseId);
  const [isInvalid, setInvalid] = useState(false);

  const onExport = (format: FilingFormat) => {
    void form.handleSubmit(async (values) => {
      setInvalid(false);
      const saved = await exportAs(format, values);
      if (saved) announce(t('filing.announced', { name: saved.fileName }));
    }, () => setInvalid(true))();
  };

  return (
    <FormProvider {...form}>
      <div className="filing__layout">
        <form className="filing__form" noValidate onSubmit={(e) => e.preventDefault()}>
          <DocumentFields />
          <PartyChoices parties={headingOrder(data.parties)} />
          <ArgumentChoices args={data.arguments} parties={data.parties} />
          <ContentFields />
          <CourtProfileFields />
          <ClosingFields />
        </form>
        <LiveSummary caseId={caseId}>
          <FilingActions working={state.phase === 'working' ? state.format : null} onExport={onExport} />
          {isInvalid && <p role="alert" className="field__error">{t('filing.actions.invalid')}</p>}
          <FilingResult state={state} />
        </LiveSummary>
      </div>
    </FormProvider>
  );
}
