import type { Party, PartyRole } from '../../domain/types';
import { Flow, type Row } from '../flow';
import { formatDate } from '../format';
import { protectedParties } from '../pseudonymise';
import type { BuildState } from '../state';
import { MUTED } from '../style';
import { runningHead } from './front';

const ROLE: Record<PartyRole, string> = {
  'platform-defendant': 'Platform (defendant)',
  complainant: 'Complainant',
  victim: 'Victim',
  witness: 'Witness',
  expert: 'Expert',
  authority: 'Authority',
  other: 'Other',
};

/** Section A: the case at a glance and who is who. */
export function buildSummary(state: BuildState): void {
  const c = state.snapshot.case;
  const doc = state.beginDoc({ key: 'summary', title: 'Case summary and parties', date: null, exhibitNo: null, isSection: false });
  const flow = new Flow(state, runningHead(state));
  flow.newPage();
  flow.heading('Case summary');
  flow.keyValues([
    ['Title', c.title],
    ['Short name', c.shortName],
    ['Reference', c.reference],
    ['Court / authority', c.court],
    ['Jurisdiction', c.jurisdiction],
    ['Hearing date', formatDate(c.hearingDate)],
  ]);
  flow.heading('Summary', 2);
  flow.paragraph(c.summary.trim() || 'No summary recorded.');
  flow.heading('Parties', 2);
  const parties = state.snapshot.parties.filter((p) => p.archivedAt === null);
  if (parties.length === 0) flow.paragraph('No parties recorded.', { color: MUTED });
  else flow.table([{ title: 'Name', width: 200 }, { title: 'Role', width: 130 }, { title: 'Kind', width: 80 }, { title: 'Note', width: 110 }], parties.map((p) => partyRow(state, p)), 9);
  state.endDoc(doc);
}

function partyRow(state: BuildState, party: Party): Row {
  const isFiling = state.options.profile === 'filing';
  const pseudonym = protectedParties(state.snapshot.parties).find((p) => p.party.id === party.id)?.pseudonym;
  // In the internal copy the team sees both; the filing copy only ever shows the pseudonym.
  const note = pseudonym ? (isFiling ? 'Protected party (pseudonym)' : `Protected — filed as ${pseudonym}`) : '';
  // The liable legal entity matters more than the brand ("X" vs "X Internet Unlimited Company").
  const name = party.legalEntityName?.trim() && party.legalEntityName.trim() !== party.name ? `${party.name}\n${party.legalEntityName}` : party.name;
  return { cells: [name, ROLE[party.role], party.kind, note] };
}

/** A party's display name, pseudonymised in filing exports by the sanitiser anyway. */
export function partyName(state: BuildState, id: string | null): string {
  if (!id) return '';
  return state.snapshot.parties.find((p) => p.id === id)?.name ?? '';
}
