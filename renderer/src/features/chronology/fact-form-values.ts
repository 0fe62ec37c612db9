import type { Fact } from '@shared/domain/types';
import { formFromFuzzyDate, type FactForm } from '@shared/chronology/fact-input';

function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** A new fact: day precision (the common case), undisputed, materiality not yet decided. */
export function blankFactForm(exhibitNo: string | null): FactForm {
  return {
    precision: 'day', day: '', endDay: '', month: '', year: '', dateTime: '', timeZone: systemTimeZone(),
    text: '', status: 'undisputed', materiality: 'unsure',
    evidence: exhibitNo ? [{ exhibitNo, pinpoint: '' }] : [], partyIds: [],
  };
}

/** A stored fact back into the form; linked items shown by their current exhibit numbers. */
export function formFromFact(fact: Fact, exhibitNoOf: (evidenceId: string) => string): FactForm {
  return {
    ...formFromFuzzyDate(fact.date, systemTimeZone()),
    text: fact.text, status: fact.status, materiality: fact.materiality,
    evidence: fact.evidence.map((e) => ({ exhibitNo: exhibitNoOf(e.evidenceId), pinpoint: e.pinpoint })),
    partyIds: [...fact.partyIds],
  };
}
