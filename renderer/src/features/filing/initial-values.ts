import { defaultFilingOptions, type FilingOptions } from '@shared/filing';
import type { Case, LegalArgument, Party, PartyRole } from '@shared/domain/types';
import type { FilingFormValues } from './filing-form';

/** Who a heading names first: those who bring the case, then those it is brought against. */
const ROLE_ORDER: readonly PartyRole[] = ['complainant', 'victim', 'platform-defendant', 'authority', 'witness', 'expert', 'other'];
const NAMED_BY_DEFAULT: readonly PartyRole[] = ['complainant', 'victim', 'platform-defendant'];

/** Live parties in the order a heading lists them. */
export function headingOrder(parties: readonly Party[]): Party[] {
  return parties
    .filter((p) => p.archivedAt === null)
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
}

/** Live arguments in case order. */
export function liveArguments(args: readonly LegalArgument[]): LegalArgument[] {
  return args.filter((a) => a.archivedAt === null).sort((a, b) => a.order - b.order);
}

/**
 * The form a new filing starts from: the last filing's choices when there is
 * one (dropping what has since been archived; arguments written since are
 * listed unticked at the end), else every argument in case order and the
 * case's own court, reference and language. The date is always today.
 */
export function initialFilingValues(input: {
  theCase: Case; parties: readonly Party[]; args: readonly LegalArgument[]; last: FilingOptions | null; today: string;
}): FilingFormValues {
  const { theCase, last, today } = input;
  const parties = headingOrder(input.parties);
  const args = liveArguments(input.args);
  if (last) {
    const live = new Set(args.map((a) => a.id));
    const chosen = last.argumentIds.filter((id) => live.has(id));
    const rest = args.filter((a) => !chosen.includes(a.id));
    const partyIds = new Set(last.partyIds);
    const { argumentIds: _ignored, ...options } = last;
    return {
      ...options,
      signature: { ...last.signature },
      date: today,
      partyIds: parties.filter((p) => partyIds.has(p.id)).map((p) => p.id),
      arguments: [...chosen.map((id) => ({ id, isChosen: true })), ...rest.map((a) => ({ id: a.id, isChosen: false }))],
    };
  }
  const { argumentIds: _none, ...defaults } = defaultFilingOptions(today, theCase.defaultLocale);
  return {
    ...defaults,
    court: theCase.court,
    reference: theCase.reference,
    partyIds: parties.filter((p) => NAMED_BY_DEFAULT.includes(p.role)).map((p) => p.id),
    arguments: args.map((a) => ({ id: a.id, isChosen: true })),
  };
}
