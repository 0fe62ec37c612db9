import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sensitivity } from '@shared/domain/types';
import { sensitivities } from '@shared/evidence/evidence-input';
import { db } from '../../../db/database';
import { withStorageErrors } from '../../../db/report-storage-errors';
import { useUiStore } from '../../../store/ui-store';
import { intakeFiles, type IntakeReport } from './intake-files';
import { maxAttachmentMb } from './intake-settings';
import { IntakeReportView } from './IntakeReportView';
import { SizeLimit } from './SizeLimit';

/**
 * Drop files (or pick them) to register each as an exhibit. The sensitivity
 * is chosen first: for "withheld" the bytes are hashed and discarded.
 */
export function IntakePanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [sensitivity, setSensitivity] = useState<Sensitivity>('normal');
  const [isOver, setOver] = useState(false);
  const [report, setReport] = useState<IntakeReport | null>(null);
  const progress = useUiStore((s) => s.intakeProgress);
  const setProgress = useUiStore((s) => s.setIntakeProgress);
  const announce = useUiStore((s) => s.announce);
  const isBusy = progress.length > 0;

  const take = async (files: File[]) => {
    if (files.length === 0 || isBusy) return;
    setReport(null);
    const state = files.map((f) => ({ name: f.name, done: 0, total: f.size }));
    setProgress(state);
    const result = await withStorageErrors(() =>
      intakeFiles(db, files, {
        caseId, sensitivity, maxBytes: maxAttachmentMb() * 1024 * 1024,
        onProgress: (name, done, total) => {
          const row = state.find((p) => p.name === name && p.done < total);
          if (row) row.done = done;
          setProgress([...state]);
        },
      }),
    );
    setProgress([]);
    if (!result) return;
    setReport(result);
    announce(t('evidence.intake.summary', { registered: result.registered.length, duplicates: result.duplicates.length, refused: result.refused.length }));
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    void take(Array.from(event.dataTransfer.files));
  };

  return (
    <section className="intake" aria-labelledby="intake-heading">
      <h3 id="intake-heading" className="visually-hidden">{t('evidence.intake.title')}</h3>
      <fieldset className="intake__sensitivity">
        <legend>{t('evidence.intake.registerAs')}</legend>
        {sensitivities.map((s) => (
          <label key={s}>
            <input type="radio" name="intake-sensitivity" value={s} checked={sensitivity === s} onChange={() => setSensitivity(s)} />
            {t(`evidence.sensitivities.${s}`)}
          </label>
        ))}
      </fieldset>
      {sensitivity === 'withheld' && <p className="intake__withheld-note">{t('evidence.intake.withheldNote')}</p>}
      <div
        className={isOver ? 'dropzone dropzone--over' : 'dropzone'}
        data-testid="evidence-dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>{t('evidence.intake.drop')}</p>
        <label htmlFor={inputId} className="button-like">{t('evidence.intake.choose')}</label>
        <input
          id={inputId}
          type="file"
          multiple
          className="visually-hidden"
          disabled={isBusy}
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            void take(files);
          }}
        />
        <SizeLimit />
      </div>
      {isBusy && (
        <ul className="intake__progress" aria-label={t('evidence.intake.progress')}>
          {progress.map((p, i) => (
            <li key={`${p.name}-${i}`}>
              <span>{p.name}</span>
              <progress max={Math.max(1, p.total)} value={p.done} aria-label={p.name} />
            </li>
          ))}
        </ul>
      )}
      {report && <IntakeReportView report={report} onDismiss={() => setReport(null)} />}
    </section>
  );
}
