import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleOptions } from '@shared/bundle/snapshot';
import { pseudonymise } from '@shared/parties/pseudonym';
import { shell } from '@platform/shell';
import { db } from '../../db/database';
import { withStorageErrors } from '../../db/report-storage-errors';
import { useUiStore } from '../../store/ui-store';
import { useCase } from '../cases/use-cases';
import { ArchiveExportPanel } from '../archive/ArchiveExportPanel';
import { recordBundleExport } from './data/record-export';
import { ExportHistory } from './ExportHistory';
import { ExportOptionsForm } from './ExportOptionsForm';
import { ExportProgress } from './ExportProgress';
import { useBundleExport } from './use-bundle-export';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The options a build uses: a hand-made selection and order (kept in the form so
 * switching back to Custom restores it) apply only while Custom is chosen, so no
 * exhibit is left out unseen under number or date order.
 */
function effective(options: BundleOptions): BundleOptions {
  return options.exhibitOrder === 'custom' ? options : { ...options, evidenceIds: undefined };
}

/** Build the court bundle: choose, build (with progress and cancel), see pages and size, then save. */
export function ExportPage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const theCase = useCase(caseId);
  const announce = useUiStore((s) => s.announce);
  const { state, build, cancel, reset } = useBundleExport(caseId);
  const [options, setOptions] = useState<BundleOptions>({ profile: 'internal', numbering: 'consecutive', bundleDate: today(), confidentialityLegend: '', preparedBy: '' });
  const [saved, setSaved] = useState<{ name: string; sha256: string } | null>(null);

  const save = async () => {
    if (state.phase !== 'built' || !theCase) return;
    const { bytes, sha256, report } = state.outcome;
    const parties = await db.parties.where('caseId').equals(caseId).toArray();
    const base = `${theCase.shortName || theCase.title} - bundle ${options.bundleDate ?? today()}`;
    // A filing never carries a protected name, not even in its file name.
    const name = `${(options.profile === 'filing' ? pseudonymise(base, parties) : base).replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim()}.pdf`;
    const result = await shell.saveBytes({ suggestedName: name, bytes, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    if (result.status !== 'saved') return;
    const record = await withStorageErrors(() => recordBundleExport(db, caseId, result.name, sha256, report));
    if (!record) return;
    setSaved({ name: result.name, sha256 });
    announce(t('export.saved', { name: result.name }));
  };

  return (
    <div className="export">
      <ExportOptionsForm caseId={caseId} options={options} onChange={(next) => { setOptions(next); setSaved(null); if (state.phase !== 'building') reset(); }} />
      <div className="export__actions">
        <button type="button" className="button--primary" disabled={state.phase === 'building'} onClick={() => { setSaved(null); void build(effective(options)); }}>
          {t('export.build')}
        </button>
      </div>
      <ExportProgress state={state} onCancel={cancel} />
      {state.phase === 'built' && (
        <section className="export__result" aria-labelledby="export-result-heading">
          <h3 id="export-result-heading">{t('export.result.title')}</h3>
          <p>{t('export.result.summary', { pages: state.outcome.report.pageCount, size: (state.outcome.bytes.byteLength / 1048576).toFixed(2) })}</p>
          {state.outcome.report.warnings.length > 0 && (
            <ul className="export__warnings" aria-label={t('export.result.warnings')}>
              {state.outcome.report.warnings.map((w, i) => <li key={i}>{w.message}</li>)}
            </ul>
          )}
          <button type="button" className="button--primary" onClick={() => void save()}>{t('export.result.save')}</button>
          {saved && <p role="status" className="mono">{t('export.result.savedAs', { name: saved.name, sha256: saved.sha256 })}</p>}
        </section>
      )}
      <ArchiveExportPanel caseId={caseId} />
      <ExportHistory caseId={caseId} />
    </div>
  );
}
