import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogueAuthorityId, catalogueDrafts, catalogueProvisions, type CatalogueProvision } from '@shared/legal/catalogue';
import { normalizeForSearch } from './normalize';
import { VerificationBadge } from './VerificationBadge';

const haystack = (p: CatalogueProvision) => normalizeForSearch([p.id, p.shortCitation, p.instrument, p.officialTitle, p.location, p.unofficialEnglish, p.description].join(' '));

/** The shipped, read-only catalogue, showing each row's certainty exactly as the catalogue gives it. */
export function CataloguePanel() {
  const { t } = useTranslation();
  const filterId = useId();
  const [query, setQuery] = useState('');
  const q = normalizeForSearch(query.trim());
  const rows = q ? catalogueProvisions.filter((p) => haystack(p).includes(q)) : catalogueProvisions;
  return (
    <details className="legal-panel catalogue">
      <summary><h3>{t('arguments.catalogue.heading')}</h3></summary>
      <p className="muted">{t('arguments.catalogue.intro')}</p>
      <div className="catalogue__filter">
        <label htmlFor={filterId}>{t('arguments.catalogue.filter')}</label>
        <input id={filterId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        <span className="muted" aria-live="polite">{t('arguments.catalogue.count', { count: rows.length })}</span>
      </div>
      <table className="case-table catalogue__table">
        <caption className="visually-hidden">{t('arguments.catalogue.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('arguments.catalogue.citation')}</th>
            <th scope="col">{t('arguments.catalogue.title')}</th>
            <th scope="col">{t('arguments.catalogue.description')}</th>
            <th scope="col">{t('arguments.catalogue.verification')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id} aria-label={p.shortCitation}>
              <th scope="row">
                {p.shortCitation}
                <span className="case-table__short">{p.instrument}</span>
                <span className="case-table__short catalogue__url">{p.url}</span>
              </th>
              <td><ProvisionHeading p={p} /></td>
              <td className="catalogue__description">{p.description}</td>
              <td>
                <span className={`mark mark--${p.mark}`}>{t(p.mark === 'V' ? 'arguments.catalogue.verified' : p.mark === 'P' ? 'arguments.catalogue.partly' : 'arguments.catalogue.unverified')}</span>
                <VerificationBadge authorityId={catalogueAuthorityId(p.id)} hasNote={false} />
                <span className="legal-note">{p.verificationNote}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>{t('arguments.catalogue.draftsHeading')}</h4>
      <p className="muted">{t('arguments.catalogue.draftsIntro')}</p>
      <ul className="catalogue__drafts">
        {catalogueDrafts.map((d) => (
          <li key={d.id}>
            <p><strong>{d.title}</strong> <VerificationBadge authorityId={catalogueAuthorityId(d.id)} hasNote={false} /></p>
            <p><span className="muted">{t('arguments.catalogue.status')}:</span> {d.status}</p>
            <p className="legal-note">{d.verificationNote}</p>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Official heading, or for the Código Penal the Título/Capítulo location; English for Spanish law marked unofficial. */
function ProvisionHeading({ p }: { p: CatalogueProvision }) {
  const { t } = useTranslation();
  return (
    <>
      {p.officialTitle ? <span lang={p.jurisdiction === 'ES' ? 'es' : 'en'}>{p.officialTitle}</span> : <span className="muted">{p.titleNote ?? t('arguments.catalogue.noHeading')}</span>}
      {p.location && <span className="case-table__short" lang="es">{t('arguments.catalogue.location', { location: p.location })}</span>}
      {p.unofficialEnglish && <span className="case-table__short">{t('arguments.catalogue.unofficialEnglish', { text: p.unofficialEnglish })}</span>}
    </>
  );
}
