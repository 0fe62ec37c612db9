import { z } from 'zod';
import type { ArgumentElement, ArgumentTheory, LegalArgument } from '../domain/types';

export const argumentTheories = [
  'sexual-deepfake', 'csam-dissemination', 'platform-duty-dsa', 'gdpr', 'ai-act-transparency', 'criminal-liability-legal-persons', 'other',
] as const satisfies readonly ArgumentTheory[];

export const elementStatuses = ['open', 'contested', 'established'] as const satisfies readonly ArgumentElement['status'][];

const pinpoint = z.string().trim().max(200, 'validation.tooLong');

/** What the argument form holds. Messages are i18n keys; an id of '' is a row not yet saved. */
export const argumentFormSchema = z.object({
  heading: z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  theory: z.enum(argumentTheories),
  legalBasis: z.array(z.object({ authorityId: z.string().min(1, 'arguments.validation.chooseAuthority'), pinpoint })),
  elements: z.array(z.object({
    id: z.string(),
    text: z.string().trim().min(1, 'validation.required').max(5000, 'validation.tooLong'),
    status: z.enum(elementStatuses),
    supports: z.array(z.object({ kind: z.enum(['fact', 'evidence', 'finding']), id: z.string().min(1), pinpoint })),
  })),
  counterArguments: z.array(z.object({
    id: z.string(),
    text: z.string().trim().min(1, 'validation.required').max(5000, 'validation.tooLong'),
    reply: z.string().trim().max(10_000, 'validation.tooLong'),
  })),
});

export type ArgumentForm = z.infer<typeof argumentFormSchema>;
export type ElementSupport = ArgumentForm['elements'][number]['supports'][number];

export const blankArgumentForm: ArgumentForm = { heading: '', theory: 'sexual-deepfake', legalBasis: [], elements: [], counterArguments: [] };

/** The fields an argument's form saves (the body and the order are saved on their own). */
export type ArgumentFields = Pick<LegalArgument, 'heading' | 'theory' | 'legalBasis' | 'elements' | 'counterArguments'>;

export function fieldsFromForm(form: ArgumentForm): ArgumentFields {
  return {
    heading: form.heading.trim(),
    theory: form.theory,
    legalBasis: form.legalBasis.map((b) => ({ authorityId: b.authorityId, pinpoint: b.pinpoint.trim() })),
    elements: form.elements.map((e) => ({
      id: e.id,
      text: e.text.trim(),
      status: e.status,
      factIds: e.supports.filter((s) => s.kind === 'fact').map((s) => s.id),
      evidence: e.supports.filter((s) => s.kind === 'evidence').map((s) => ({ evidenceId: s.id, pinpoint: s.pinpoint.trim() })),
      findingIds: e.supports.filter((s) => s.kind === 'finding').map((s) => s.id),
    })),
    counterArguments: form.counterArguments.map((c) => ({ id: c.id, text: c.text.trim(), reply: c.reply.trim() })),
  };
}

export function formFromArgument(a: LegalArgument): ArgumentForm {
  return {
    heading: a.heading,
    theory: a.theory,
    legalBasis: a.legalBasis.map((b) => ({ ...b })),
    elements: a.elements.map((e) => ({
      id: e.id, text: e.text, status: e.status,
      supports: [
        ...e.factIds.map((id) => ({ kind: 'fact' as const, id, pinpoint: '' })),
        ...e.evidence.map((p) => ({ kind: 'evidence' as const, id: p.evidenceId, pinpoint: p.pinpoint })),
        ...e.findingIds.map((id) => ({ kind: 'finding' as const, id, pinpoint: '' })),
      ],
    })),
    counterArguments: a.counterArguments.map((c) => ({ ...c })),
  };
}

/** An element nothing supports: no fact, no evidence, no expert finding. */
export function isUnsupported(element: Pick<ArgumentElement, 'factIds' | 'evidence' | 'findingIds'>): boolean {
  return element.factIds.length === 0 && element.evidence.length === 0 && element.findingIds.length === 0;
}
