import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Party } from '@shared/domain/types';
import { blankReportForm } from '@shared/experts/report-input';
import { db } from '../../db/database';
import { useUiStore } from '../../store/ui-store';
import { Dialog } from '../../ui/Dialog';
import { formFromReport } from './report-form-values';
import { ReportFormBody } from './ReportFormBody';
import { getEvidenceMany } from '../../db/evidence-store';

/**
 * Add or edit a report. The form is mounted once its starting values are
 * loaded and reads them only then, so a live update never resets what is being typed.
 */
export function ReportFormDialog({ caseId, parties }: { caseId: string; parties: readonly Party[] }) {
  const { t } = useTranslation();
  const dialog = useUiStore((s) => s.reportDialog);
  const close = useUiStore((s) => s.closeReportDialog);
  const start = useLiveQuery(async () => {
    if (!dialog) return null;
    if (dialog.mode === 'create') return { editing: null, values: blankReportForm };
    const report = await db.expertReports.get(dialog.reportId);
    if (!report) return null;
    const items = await getEvidenceMany(db, report.findings.flatMap((f) => f.evidence.map((e) => e.evidenceId)), caseId);
    const facts = await db.facts.bulkGet(report.findings.flatMap((f) => f.factIds));
    const exhibitNos = new Map(items.flatMap((e) => (e ? [[e.id, e.exhibitNo] as const] : [])));
    const factNumbers = new Map(facts.flatMap((f) => (f ? [[f.id, f.number] as const] : [])));
    return { editing: report, values: formFromReport(report, (id) => exhibitNos.get(id) ?? '', (id) => factNumbers.get(id)) };
  }, [dialog, caseId]);
  return (
    <Dialog title={t(start?.editing ? 'experts.form.editTitle' : 'experts.form.createTitle')} isOpen={dialog !== null && !!start} onClose={close} wide>
      {dialog && start && (
        <ReportFormBody key={start.editing?.id ?? 'new'} caseId={caseId} editing={start.editing} initial={start.values} parties={parties} onDone={close} />
      )}
    </Dialog>
  );
}
