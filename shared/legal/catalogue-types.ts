/**
 * The built-in provision catalogue (shared/legal/catalogue.md). Read-only:
 * shipped with the app, never stored. The verification mark is the worst
 * level the row's note admits to, so the app never claims more certainty.
 */
export type VerificationMark = 'V' | 'P' | 'UNVERIFIED';
export type CatalogueJurisdiction = 'EU' | 'ES' | 'UK' | 'AU';

export interface CatalogueProvision {
  id: string; // 'G3', 'E1'
  jurisdiction: CatalogueJurisdiction;
  /** One name per instrument, e.g. "GDPR — Regulation (EU) 2016/679" (the markdown abbreviates after the first row). */
  instrument: string;
  officialCitation: string;
  article: string;
  /** The official heading (Spanish for Spanish law); null where the law gives none (Código Penal). */
  officialTitle: string | null;
  /** Where a provision without a heading sits (Título / Capítulo), as the catalogue gives it. */
  location: string | null;
  /** English rendering of a Spanish heading or location: unofficial. */
  unofficialEnglish: string | null;
  titleNote: string | null;
  description: string;
  url: string;
  consolidatedUrl: string | null;
  shortCitation: string; // 'art. 189.1 CP', 'Art. 17 GDPR'
  mark: VerificationMark;
  verificationNote: string;
  /** Another cell of the row carries its own caveat (an unverified OJ page, a label "from memory"). */
  hasCaveatElsewhere: boolean;
}

/** Draft or pending law (§3): never shown as law. */
export interface CatalogueDraft {
  id: string; // 'P1'
  title: string;
  status: string;
  shortCitation: string;
  mark: VerificationMark;
  verificationNote: string;
}
