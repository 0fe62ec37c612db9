import { z } from 'zod';
import type { PartyKind, PartyRole } from '../domain/types';

export const partyRoles = [
  'platform-defendant', 'complainant', 'victim', 'witness', 'expert', 'authority', 'other',
] as const satisfies readonly PartyRole[];

export const partyKinds = ['company', 'person', 'authority'] as const satisfies readonly PartyKind[];

const text = (max: number) => z.string().trim().max(max, 'validation.tooLong');

/**
 * What the party form holds. Messages are i18n keys. An empty pseudonym on a
 * protected party means "assign the next V-n".
 */
export const partyFormSchema = z.object({
  name: z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  shortName: text(80),
  role: z.enum(partyRoles),
  kind: z.enum(partyKinds),
  legalEntityName: text(300),
  registeredSeat: text(500),
  contact: text(2000),
  notes: text(20_000),
  isProtected: z.boolean(),
  pseudonym: text(40),
});

export type PartyFields = z.infer<typeof partyFormSchema>;

export const blankPartyFields: PartyFields = {
  name: '', shortName: '', role: 'victim', kind: 'person', legalEntityName: '', registeredSeat: '',
  contact: '', notes: '', isProtected: false, pseudonym: '',
};
