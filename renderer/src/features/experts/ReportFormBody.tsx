import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ExpertFinding, ExpertReport, Party } from '@shared/domain/types';
import { parseFactNumbers, reportFormSchema, type ReportForm } from '@shared/experts/report-input';
import { partyLabel } from '@shared/parties/pseudonym';
import { db } from '../../db/database';
import { withStorageErrors } from '../../db/report-storage-errors';
import { useUiStore } from '../../store/ui-store';
import { FormActions } from '../../ui/FormActions';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { resolveExhibits } from '../chronology/data/fact-commands';
import { createReport, resolveFactNumbers, updateReport } from './data/report-commands';
import { ReportFindingFields } from './ReportFindingFields';
import { ReportInstructionFields } from './ReportInstructionFields';
import { useFormMessage } from './use-form-message';

interface Props {
  caseId: string;
  editing: ExpertReport | null;
  initial: ReportForm;
  parties: readonly Party[];
  onDone(): void;
}

export function ReportFormBody({ caseId, editing, initial, parties, onDone }: Props) {
  const { t } = useTranslation();
  const message = useFormMessage();
  const announce = useUiStore((s) => s.announce);
  const form = useForm<ReportForm>({ resolver: zodResolver(reportFormSchema), defaultValues: initial, mode: 'onBlur' });
  const { register, handleSubmit, formState, setError } = form;
  const errors = formState.errors;
  // Only parties with the expert role can sign an expert report; an archived one stays if already chosen.
  const experts = parties.filter((p) => p.role === 'expert' && (p.archivedAt === null || p.id === initial.expertPartyId));

  /** Typed exhibit and fact numbers to stored links; every unknown number is marked on its own field. */
  const resolveFindings = async (values: ReportForm): Promise<ExpertFinding[] | null> => {
    const findings: ExpertFinding[] = [];
    let isFirstProblem = true;
    for (const [i, f] of values.findings.entries()) {
      const exhibits = await resolveExhibits(db, caseId, f.evidence);
      const facts = await resolveFactNumbers(db, caseId, parseFactNumbers(f.facts) ?? []);
      for (const j of exhibits.unknown) {
        setError(`findings.${i}.evidence.${j}.exhibitNo`, { message: 'experts.form.unknownExhibit' }, { shouldFocus: isFirstProblem });
        isFirstProblem = false;
      }
      if (facts.unknown.length > 0) {
        setError(`findings.${i}.facts`, { type: 'unknown-facts', message: facts.unknown.join(', ') }, { shouldFocus: isFirstProblem });
        isFirstProblem = false;
      }
      findings.push({ id: f.id, text: f.text, evidence: exhibits.evidence, factIds: facts.factIds });
    }
    return isFirstProblem ? findings : null;
  };

  const onSubmit = handleSubmit(async (values) => {
    const findings = await withStorageErrors(() => resolveFindings(values));
    if (!findings) return;
    const fields = {
      title: values.title, expertPartyId: values.expertPartyId || null, date: values.date || null,
      qualifications: values.qualifications, conclusions: values.conclusions, rangeOfOpinion: values.rangeOfOpinion,
      instructionList: values.instructions.map((i) => ({ date: i.date || null, text: i.text })), findings,
    };
    if (editing) {
      const changed = await withStorageErrors(() => updateReport(db, editing.id, fields));
      if (changed === undefined) return;
      announce(t('experts.form.saved', { title: values.title }));
    } else {
      const report = await withStorageErrors(() => createReport(db, caseId, fields));
      if (!report) return;
      useUiStore.getState().setOpenReport(report.id);
      announce(t('experts.form.added', { title: report.title }));
    }
    onDone();
  });

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="evidence-form">
      <TextField label={t('experts.fields.title')} isRequired requiredLabel={t('caseForm.required')} error={message(errors.title)} autoFocus {...register('title')} />
      <div className="form-grid">
        <div>
          <SelectField label={t('experts.fields.expert')} {...register('expertPartyId')}
            options={[{ value: '', label: t('experts.fields.noExpert') }, ...experts.map((p) => ({ value: p.id, label: partyLabel(p) }))]} />
          <p className="field__hint">{t('experts.fields.expertHint')}</p>
        </div>
        <TextField type="date" label={t('experts.fields.date')} error={message(errors.date)} {...register('date')} />
      </div>
      <TextAreaField label={t('experts.fields.qualifications')} error={message(errors.qualifications)} {...register('qualifications')} />
      <ReportInstructionFields form={form} />
      <TextAreaField label={t('experts.fields.conclusions')} error={message(errors.conclusions)} {...register('conclusions')} />
      <div className="field">
        <TextAreaField label={t('experts.fields.rangeOfOpinion')} error={message(errors.rangeOfOpinion)} {...register('rangeOfOpinion')} />
        <p className="field__hint">{t('experts.fields.rangeOfOpinionHint')}</p>
      </div>
      <ReportFindingFields form={form} />
      <FormActions submitLabel={t(editing ? 'caseForm.save' : 'experts.form.create')} isSubmitting={formState.isSubmitting} onCancel={onDone} />
    </form>
  );
}
