import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Party } from '@shared/domain/types';
import { partyLabel } from '@shared/parties/pseudonym';
import { useUiStore } from '../../store/ui-store';
import { PartyEvidenceList, PartyFactList, PartyReportList } from './PartyLinkLists';
import { usePartyLinks } from './use-party-links';

/**
 * One party opened: everything linked to it, with counts, each a click away.
 * A protected party is headed by its pseudonym; its real name appears only
 * here, beside it, as the parties table already shows it.
 */
export function PartyScreen({ caseId, party }: { caseId: string; party: Party }) {
  const { t } = useTranslation();
  const links = usePartyLinks(caseId, party.id);
  const setOpenParty = useUiStore((s) => s.setOpenParty);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [party.id]);
  if (!links) return null;
  return (
    <article className="detail party-screen" aria-labelledby={headingId}>
      <div className="detail__header">
        <h3 id={headingId} ref={headingRef} tabIndex={-1}>{partyLabel(party)}</h3>
        <button type="button" onClick={() => setOpenParty(null)}>{t('parties.screen.close')}</button>
      </div>
      <dl className="detail__fields">
        {party.isProtected && <div><dt>{t('parties.screen.realName')}</dt><dd>{party.name}</dd></div>}
        <div><dt>{t('parties.screen.role')}</dt><dd>{t(`parties.roles.${party.role}`)} · {t(`parties.kinds.${party.kind}`)}</dd></div>
        {party.legalEntityName && <div><dt>{t('parties.screen.entity')}</dt><dd>{party.legalEntityName}</dd></div>}
      </dl>
      <p className="party-screen__counts">
        {[t('parties.screen.facts', { count: links.facts.length }), t('parties.screen.reports', { count: links.reports.length }), t('parties.screen.evidence', { count: links.evidence.length })].join(' · ')}
      </p>
      <div className="party-screen__columns">
        <PartyFactList caseId={caseId} facts={links.facts} />
        <PartyReportList caseId={caseId} reports={links.reports} />
        <PartyEvidenceList caseId={caseId} evidence={links.evidence} />
      </div>
    </article>
  );
}
