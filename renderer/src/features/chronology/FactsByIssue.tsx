import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Fact, LegalArgument, Party } from '@shared/domain/types';
import { groupFactsByIssue } from '@shared/chronology/facts-by-issue';
import { FactTable } from './FactTable';
import type { Chronology } from './use-facts';

interface Props {
  caseId: string;
  facts: readonly Fact[];
  issues: readonly LegalArgument[];
  exhibits: Chronology['exhibits'];
  parties: ReadonlyMap<string, Party>;
}

/** "Facts by issue": the facts under each argument they support, in the arguments' order; unlinked facts last. */
export function FactsByIssue({ caseId, facts, issues, exhibits, parties }: Props) {
  const { t } = useTranslation();
  const groups = groupFactsByIssue(facts, issues);
  return (
    <div className="facts-by-issue">
      {issues.length === 0 && <p className="muted">{t('chronology.byIssue.noArguments')}</p>}
      {groups.map((group) => <IssueSection key={group.argumentId ?? 'none'} caseId={caseId} heading={group.heading} facts={group.facts} exhibits={exhibits} parties={parties} />)}
    </div>
  );
}

function IssueSection({ caseId, heading, facts, exhibits, parties }: Omit<Props, 'issues'> & { heading: string | null }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="facts-by-issue__group" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {heading ?? t('chronology.byIssue.noIssue')}{' '}
        <span className="muted facts-by-issue__count">{t('chronology.page.count', { count: facts.length })}</span>
      </h3>
      {facts.length === 0 ? <p className="muted">{t('chronology.byIssue.emptyIssue')}</p> : (
        <FactTable caseId={caseId} facts={facts} exhibits={exhibits} parties={parties}
          caption={heading === null ? t('chronology.byIssue.noIssueCaption') : t('chronology.byIssue.caption', { heading })} />
      )}
    </section>
  );
}
