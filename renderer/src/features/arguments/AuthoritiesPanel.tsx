import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Authority } from '@shared/domain/types';
import { db } from '../../db/database';
import { withStorageErrors } from '../../db/report-storage-errors';
import { AuthorityFormDialog, type AuthorityDialog } from './AuthorityFormDialog';
import { setAuthorityArchived } from './data/authority-commands';

/** The case's own authorities (case law with ECLI, guidance, other), to be cited beside the catalogue. */
export function AuthoritiesPanel({ caseId, authorities }: { caseId: string; authorities: readonly Authority[] }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<AuthorityDialog>(null);
  const sorted = [...authorities].sort((a, b) => Number(Boolean(a.archivedAt)) - Number(Boolean(b.archivedAt)) || a.citation.localeCompare(b.citation));
  return (
    <section className="legal-panel" aria-labelledby="own-authorities-heading">
      <div className="legal-panel__head">
        <h3 id="own-authorities-heading">{t('arguments.authorities.heading')}</h3>
        <button type="button" onClick={() => setDialog({ mode: 'create' })}>{t('arguments.authorities.add')}</button>
      </div>
      {sorted.length === 0 ? <p className="muted">{t('arguments.authorities.empty')}</p> : (
        <table className="case-table">
          <caption className="visually-hidden">{t('arguments.authorities.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('arguments.authorities.fields.citation')}</th>
              <th scope="col">{t('arguments.authorities.fields.kind')}</th>
              <th scope="col">{t('arguments.authorities.fields.ecli')}</th>
              <th scope="col">{t('arguments.authorities.fields.pinpoint')}</th>
              <th scope="col" className="case-table__actions"><span className="visually-hidden">{t('experts.columns.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  {a.citation}
                  {a.archivedAt && <span className="badge">{t('arguments.authorities.archivedBadge')}</span>}
                  {a.title && <span className="case-table__short">{a.title}{a.court ? ` · ${a.court}` : ''}</span>}
                </th>
                <td>{t(`arguments.authorities.kinds.${a.kind}`)}</td>
                <td>{a.ecli || '—'}</td>
                <td>{a.pinpoint || '—'}</td>
                <td className="case-table__actions">
                  {!a.archivedAt && (
                    <button type="button" aria-label={t('arguments.authorities.editAuthority', { citation: a.citation })} onClick={() => setDialog({ mode: 'edit', authority: a })}>
                      {t('arguments.authorities.edit')}
                    </button>
                  )}
                  <button type="button" aria-label={t(a.archivedAt ? 'arguments.authorities.restoreAuthority' : 'arguments.authorities.archiveAuthority', { citation: a.citation })}
                    onClick={() => void withStorageErrors(() => setAuthorityArchived(db, a.id, !a.archivedAt))}>
                    {t(a.archivedAt ? 'arguments.authorities.restore' : 'arguments.authorities.archive')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <AuthorityFormDialog caseId={caseId} dialog={dialog} onClose={() => setDialog(null)} />
    </section>
  );
}
