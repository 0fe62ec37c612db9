import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseAll, type RowChoice } from '@shared/archive/merge/merge-choices';
import { planMerge } from '@shared/archive/merge/merge-plan';
import type { MergeReview } from '../use-archive-import';
import { countsByKind } from './merge-counts';
import { MergeKindSection } from './MergeKindSection';
import { MergeSummaryTable } from './MergeSummaryTable';

interface Props {
  review: MergeReview;
  isWriting: boolean;
  failure: string | null;
  onConfirm(choices: ReadonlyMap<string, RowChoice>): void;
  onCancel(): void;
}

const mb = (bytes: number) => (bytes / 1048576).toFixed(2);

/** What the merge would change, with a choice for every changed and new row; nothing is written until Confirm. */
export function MergePreviewStep({ review, isWriting, failure, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const { preview, ours, opened } = review;
  const [choices, setChoices] = useState<ReadonlyMap<string, RowChoice>>(new Map());
  const counts = useMemo(() => countsByKind(preview), [preview]);
  // The same plan the write makes, so the problems shown are exactly the ones that would refuse it.
  const plan = useMemo(() => planMerge(ours, preview, choices, { ...opened.source, manifest: opened.archive.manifest, archiveCaseId: opened.archive.document.case.id }, { now: new Date(), actor: 'local user' }), [ours, preview, choices, opened]);
  const fresh = preview.files.filter((f) => f.isNew);
  const choose = (key: string, choice: RowChoice) => setChoices((c) => new Map(c).set(key, choice));
  const hasChanged = preview.rows.some((r) => r.status === 'changed');

  return (
    <div className="merge-preview">
      <h3>{t('archive.merge.title', { archive: opened.source.fileName, case: ours.case.title })}</h3>
      <p className="merge-preview__verified">{t('archive.merge.verified', { head: `${opened.archive.manifest.audit.headHash.slice(0, 16)}…` })}</p>
      <p className={preview.relation === 'unrelated' ? 'merge-preview__relation merge-preview__relation--warn' : 'merge-preview__relation'}>{t(`archive.merge.relation.${preview.relation}`)}</p>
      <MergeSummaryTable counts={counts} />
      <p className="merge-preview__files">
        {fresh.length ? t('archive.merge.files', { count: preview.files.length, fresh: fresh.length, size: mb(fresh.reduce((s, f) => s + f.size, 0)) }) : t('archive.merge.filesAllHere')}{' '}
        {Object.keys(preview.onlyOurs).length > 0 && t('archive.merge.onlyOursNote')}
      </p>
      {hasChanged && (
        <div className="button-row">
          <button type="button" onClick={() => setChoices((c) => chooseAll(preview.rows, c, 'keep-ours'))}>{t('archive.merge.allKeepOurs')}</button>
          <button type="button" onClick={() => setChoices((c) => chooseAll(preview.rows, c, 'take-theirs'))}>{t('archive.merge.allTakeTheirs')}</button>
        </div>
      )}
      <div className="merge-preview__kinds">
        {counts.map((c) => <MergeKindSection key={c.kind} counts={c} choices={choices} names={preview.names} onChoose={choose} />)}
      </div>
      {plan.problems.length > 0 && (
        <div className="merge-preview__problems" role="status">
          <p><strong>{t('archive.merge.problemsTitle')}</strong></p>
          <ul>
            {plan.problems.map((p, i) => <li key={i}>{p.type === 'undecided' ? t('archive.merge.undecided', { label: p.label }) : t('archive.merge.dangling', { label: p.label, missing: p.missing })}</li>)}
          </ul>
        </div>
      )}
      {failure && <p role="alert" className="field__error">{failure === 'case-changed' ? t('archive.merge.caseChanged') : t('archive.merge.failed', { message: failure })}</p>}
      <div className="dialog__actions">
        <button type="button" onClick={onCancel} disabled={isWriting}>{t('archive.merge.cancel')}</button>
        <button type="button" className="button--primary" disabled={isWriting || plan.problems.length > 0 || failure === 'case-changed'} onClick={() => onConfirm(choices)}>
          {t(isWriting ? 'archive.merge.working' : 'archive.merge.confirm')}
        </button>
      </div>
    </div>
  );
}
