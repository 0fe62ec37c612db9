import { useTranslation } from 'react-i18next';
import type { Authority, LegalArgument } from '@shared/domain/types';
import { tableOfAuthorities, type AuthorityRow } from '@shared/legal/table-of-authorities';
import { VerificationBadge } from './VerificationBadge';

/** The table of authorities, derived from what the live arguments cite. */
export function TableOfAuthoritiesView({ args, authorities }: { args: readonly LegalArgument[]; authorities: readonly Authority[] }) {
  const { t } = useTranslation();
  const table = tableOfAuthorities(args, authorities);
  const isEmpty = table.legislation.length === 0 && table.caseLaw.length === 0 && table.other.length === 0;
  return (
    <section className="legal-panel toa" aria-labelledby="toa-heading">
      <h3 id="toa-heading">{t('arguments.toa.heading')}</h3>
      <p className="muted">{t('arguments.toa.intro')}</p>
      {isEmpty ? <p>{t('arguments.toa.empty')}</p> : (
        <>
          {table.legislation.length > 0 && <h4>{t('arguments.toa.legislation')}</h4>}
          {table.legislation.map((g) => (
            <div key={g.instrument} className="toa__group">
              <h5>{g.instrument}</h5>
              <Rows rows={g.rows} />
            </div>
          ))}
          {table.caseLaw.length > 0 && <><h4>{t('arguments.toa.caseLaw')}</h4><Rows rows={table.caseLaw} /></>}
          {table.other.length > 0 && <><h4>{t('arguments.toa.other')}</h4><Rows rows={table.other} /></>}
        </>
      )}
    </section>
  );
}

function Rows({ rows }: { rows: readonly AuthorityRow[] }) {
  const { t } = useTranslation();
  return (
    <ul className="toa__rows">
      {rows.map((r) => (
        <li key={r.authorityId}>
          <span className={r.isBroken ? 'citation citation--broken' : 'toa__cite'}>{r.citation}</span>
          {r.detail && <span className="muted"> — {r.detail}</span>}
          <VerificationBadge authorityId={r.authorityId} hasNote={false} />
          {r.isBroken && <span className="legal-badge legal-badge--warn">{t('arguments.toa.broken')}</span>}
          {r.pinpoints.length > 0 && <span className="case-table__short">{t('arguments.toa.pinpoints', { pinpoints: r.pinpoints.join('; ') })}</span>}
          <span className="case-table__short">{t('arguments.toa.citedBy', { arguments: r.citedBy.map((c) => c.heading).join('; ') })}</span>
        </li>
      ))}
    </ul>
  );
}
