import type { Locale } from '../domain/types';

/** What is being filed; sets the default title and the section headings' wording. */
export type FilingKind = 'complaint' | 'denuncia' | 'brief' | 'regulator-letter';

/** Citations as footnotes (the short form stays in the text for authorities) or in brackets in the text. */
export type CitationStyle = 'footnotes' | 'inline';

export interface FilingSignature {
  name: string;
  role: string; // 'Abogada', 'Solicitor for the claimant'
  barNumber: string; // 'ICAM 12345'
  firm: string;
}

/**
 * Everything the lawyer chooses for one filing. Stored with the export
 * record, so the next filing of the case starts from the last one's choices.
 */
export interface FilingOptions {
  kind: FilingKind;
  /** The document's language: headings, dates, citation words. */
  language: Locale;
  /** Shown as the document title; empty → the kind's default title in the language. */
  title: string;
  /** Court or authority the filing is addressed to. */
  court: string;
  reference: string;
  /** Parties named in the heading, in this order. Protected parties appear only by pseudonym. */
  partyIds: string[];
  /** The arguments that make up the legal grounds, in this order. */
  argumentIds: string[];
  /** Opening text; a blank line starts a new paragraph. */
  introduction: string;
  /** What is asked of the court (relief sought / suplico); a blank line starts a new paragraph. */
  relief: string;
  citationStyle: CitationStyle;
  /** A facts section from the facts the chosen arguments cite or rely on, in date order. */
  includeFacts: boolean;
  /** A "Legal basis" paragraph at the start of each ground, from the argument's legal basis. */
  includeLegalBasis: boolean;
  includeTableOfAuthorities: boolean;
  /** Court profile: when false the document holds no links of any kind. */
  allowLinks: boolean;
  place: string;
  /** yyyy-mm-dd */
  date: string;
  signature: FilingSignature;
}

export const FILING_KINDS: readonly FilingKind[] = ['complaint', 'denuncia', 'brief', 'regulator-letter'];

export function defaultFilingOptions(today: string, language: Locale): FilingOptions {
  return {
    kind: 'complaint', language, title: '', court: '', reference: '', partyIds: [], argumentIds: [],
    introduction: '', relief: '', citationStyle: 'footnotes', includeFacts: true, includeLegalBasis: true,
    includeTableOfAuthorities: true, allowLinks: false, place: '', date: today,
    signature: { name: '', role: '', barNumber: '', firm: '' },
  };
}
