import { z } from 'zod';
import { FILING_KINDS, type FilingOptions } from '@shared/filing';

const text = (max: number) => z.string().max(max, 'filing.validation.tooLong');

/** The filing form's values: the FilingOptions, with every live argument listed (chosen or not) so it can be reordered. */
export const filingFormSchema = z.object({
  kind: z.enum(FILING_KINDS),
  language: z.enum(['en', 'es']),
  title: text(300),
  court: text(300),
  reference: text(200),
  partyIds: z.array(z.string()),
  arguments: z.array(z.object({ id: z.string(), isChosen: z.boolean() })),
  introduction: text(20_000),
  relief: text(20_000),
  citationStyle: z.enum(['footnotes', 'inline']),
  includeFacts: z.boolean(),
  includeLegalBasis: z.boolean(),
  includeTableOfAuthorities: z.boolean(),
  allowLinks: z.boolean(),
  place: text(200),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'filing.validation.date'),
  signature: z.object({ name: text(200), role: text(200), barNumber: text(100), firm: text(200) }),
});

export type FilingFormValues = z.infer<typeof filingFormSchema>;

/** What the model and the export record take: the chosen arguments, in the form's order. */
export function toFilingOptions(values: FilingFormValues): FilingOptions {
  const { arguments: rows, ...rest } = values;
  return { ...rest, signature: { ...rest.signature }, argumentIds: rows.filter((r) => r.isChosen).map((r) => r.id) };
}

/** The options stored with an export record, read back with the same care as any input: null if they do not fit. */
export const storedFilingOptionsSchema = filingFormSchema.omit({ arguments: true }).extend({ argumentIds: z.array(z.string()) });

export function readStoredOptions(value: unknown): FilingOptions | null {
  const parsed = storedFilingOptionsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
