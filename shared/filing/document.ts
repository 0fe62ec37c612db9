import type { Locale } from '../domain/types';
import type { FilingOptions } from './options';

/**
 * A filing laid out as a document, independent of the file format: the PDF
 * and DOCX writers only render this. Every string in it is final (protected
 * parties already pseudonymised, citations already written in their style).
 */
export interface FilingDocument {
  language: Locale;
  title: string;
  court: string;
  reference: string;
  /** "Complainant: V-1", "Defendant: X Internet Unlimited Company". */
  parties: { role: string; name: string }[];
  blocks: FilingBlock[];
  /** Footnotes in order; a footnote's number is its index + 1. Empty with inline citations. */
  footnotes: FilingFootnote[];
  /** Null when the options leave it out or nothing is cited. */
  authorities: FilingAuthorities | null;
  closing: FilingClosing;
  /** The fixed words the writers print ("Table of authorities", "Page"), in the document's language. */
  labels: FilingLabels;
  allowLinks: boolean;
  metadata: { title: string; subject: string; keywords: string; author: string };
  /** Suggested file name without extension, pseudonymised and safe on every system. */
  fileName: string;
  warnings: FilingWarning[];
  /** The options the document was built with (defaults applied), for the export record. */
  options: FilingOptions;
}

export type FilingBlock =
  | { kind: 'heading'; level: 1 | 2; text: string; anchor: string }
  /** number: the paragraph number ("12.") or null for unnumbered text (quotes, introduction). */
  | { kind: 'paragraph'; number: number | null; style: 'normal' | 'quote'; inlines: FilingInline[]; anchor: string | null; list?: FilingListItem };

/** A sub-paragraph from a list in an argument's text: unnumbered, indented by depth, with its marker ('' on an item's later blocks). */
export interface FilingListItem {
  kind: 'bullet' | 'ordered';
  /** Distinct per list (a Word list restarts its lettering for each). */
  id: number;
  level: number;
  marker: string;
}

export type FilingInline =
  | { kind: 'text'; text: string }
  /**
   * A citation. Inline style: `text` is printed in the run. Footnote style:
   * `text` is what stays in the run (an authority's short form, or '' for an
   * exhibit) and `footnote` is the 1-based footnote number to mark after it.
   * `href` is an external source (an authority's official URL) or an internal
   * anchor ("#para-4"); always null when links are not allowed.
   */
  | { kind: 'citation'; text: string; footnote: number | null; href: string | null };

export interface FilingFootnote {
  number: number;
  text: string;
  href: string | null;
}

export interface FilingAuthorityRow {
  citation: string;
  detail: string;
  /** Paragraph numbers that cite it, ascending. */
  paragraphs: number[];
  /** "draft — not law" for draft law; null otherwise. Verification marks go to warnings, not to the court. */
  note: string | null;
  href: string | null;
}

export interface FilingAuthorities {
  groups: { heading: string; rows: FilingAuthorityRow[] }[];
}

export interface FilingClosing {
  /** "Madrid, 2 December 2026" / "En Madrid, a 2 de diciembre de 2026". */
  placeAndDate: string;
  /** Signature block lines: name, role, bar number, firm — blank ones left out. */
  signatureLines: string[];
}

export interface FilingLabels {
  tableOfAuthorities: string;
  paragraphs: string; // 'paras', 'párrs.'
  paragraph: string; // 'para', 'párr.'
  page: string; // 'Page', 'Página'
  footnotes: string;
  reference: string; // 'Reference', 'Referencia'
}

export type FilingWarningCode =
  | 'authority-unverified' | 'authority-draft' | 'broken-citation' | 'empty-argument' | 'no-arguments'
  /** From the PDF writer: text it could not print as given. */
  | 'rtl-text' | 'unsupported-glyph';

export interface FilingWarning {
  code: FilingWarningCode;
  /** In English, for logs and the export record. */
  message: string;
  /** The interface words for it (`filing.warningText.<key>`), with these values; key defaults to code. */
  key?: string;
  values?: Record<string, string>;
}
