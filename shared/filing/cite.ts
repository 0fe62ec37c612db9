import type { Authority, EvidenceItem, Fact } from '../domain/types';
import { catalogueEntry } from '../legal/catalogue';
import type { CitationRef } from '../legal/citation';
import type { FilingInline } from './document';
import type { FilingWords } from './labels';
import type { CitationStyle } from './options';

/** What a filing citation resolves against; facts map to their paragraph in the facts section, if any. */
export interface CiteContext {
  evidence: ReadonlyMap<string, EvidenceItem>;
  facts: ReadonlyMap<string, Fact>;
  authorities: ReadonlyMap<string, Authority>;
  factParagraph: ReadonlyMap<string, number>;
  words: FilingWords;
  style: CitationStyle;
  allowLinks: boolean;
  /** Adds a footnote and returns its number. */
  addFootnote: (text: string, href: string | null) => number;
  /** Reports a citation whose target is archived or gone. */
  onBroken: (what: string) => void;
  /** Records that an authority is cited (for the table of authorities' paragraph numbers). */
  onAuthority: (authorityId: string) => void;
  /** The note that first gave an authority's full reference, by id and pinpoint; later notes refer back to it. */
  firstNote: Map<string, number>;
}

/** "Art. 16 DSA, para 2", but "Art. 16 DSA (1)": a bracketed pinpoint follows without a comma. */
const pin = (text: string, pinpoint: string | undefined) => {
  const p = pinpoint?.trim();
  if (!p) return text;
  return p.startsWith('(') ? `${text} ${p}` : `${text}, ${p}`;
};

/**
 * One citation written in the filing's style. Inline: "(Exhibit E-0003, p. 4)",
 * "(see para 4 above)", "art. 189.1 CP". Footnotes: exhibits and facts leave
 * only the note mark in the text; an authority keeps its short form in the
 * sentence and the note gives the full reference.
 */
export function citeInline(ref: CitationRef, c: CiteContext): FilingInline {
  const note = (text: string, href: string | null, inText = ''): FilingInline => c.style === 'footnotes'
    ? { kind: 'citation', text: inText, footnote: c.addFootnote(text, c.allowLinks ? href : null), href: null }
    : { kind: 'citation', text, footnote: null, href: c.allowLinks ? href : null };
  const broken = (what: string): FilingInline => {
    c.onBroken(what);
    return { kind: 'text', text: c.words.brokenCitation(what) };
  };

  if (ref.kind === 'exhibit') {
    const item = c.evidence.get(ref.id);
    if (!item || item.archivedAt) return broken(item?.exhibitNo ?? c.words.missingTarget.exhibit);
    const short = pin(`${c.words.exhibit} ${item.exhibitNo}`, ref.pinpoint);
    return c.style === 'footnotes' ? note(`${pin(`${c.words.exhibit} ${item.exhibitNo}, “${item.title}”`, ref.pinpoint)}.`, null) : note(`(${short})`, null);
  }
  if (ref.kind === 'fact') {
    const fact = c.facts.get(ref.id);
    if (!fact || fact.archivedAt) return broken(fact ? c.words.factLabel(fact.number) : c.words.missingTarget.fact);
    const para = c.factParagraph.get(fact.id);
    if (para !== undefined) {
      if (c.style === 'footnotes') return note(c.words.seeParaNote(para), `#para-${para}`);
      return { kind: 'citation', text: c.words.seePara(para), footnote: null, href: c.allowLinks ? `#para-${para}` : null };
    }
    const label = c.words.chronologyFact(fact.number);
    return c.style === 'footnotes' ? note(`${label}: ${fact.text}`, null) : note(`(${label})`, null);
  }
  const full = authorityReference(ref, c);
  if (!full) return broken(c.words.missingTarget.authority);
  c.onAuthority(ref.id);
  if (c.style === 'footnotes') {
    const key = `${ref.id}\u0000${ref.pinpoint?.trim() ?? ''}`;
    const first = c.firstNote.get(key);
    if (first !== undefined) return { kind: 'citation', text: full.short, footnote: c.addFootnote(c.words.seeNote(first), null), href: null };
    const footnote = c.addFootnote(full.long, c.allowLinks ? full.href : null);
    c.firstNote.set(key, footnote);
    return { kind: 'citation', text: full.short, footnote, href: null };
  }
  return { kind: 'citation', text: full.short, footnote: null, href: c.allowLinks ? full.href : null };
}

/** An authority's short form (in the sentence) and full reference (in a note or the table), with its official source. */
export function authorityReference(ref: Pick<CitationRef, 'id' | 'pinpoint'>, c: Pick<CiteContext, 'authorities' | 'words'>):
  { short: string; long: string; href: string | null } | null {
  const shipped = catalogueEntry(ref.id);
  if (shipped?.isDraft) {
    const r = shipped.row;
    return { short: pin(r.shortCitation, ref.pinpoint), long: `${pin(r.title, ref.pinpoint)} (${c.words.draftNote}).`, href: null };
  }
  if (shipped) {
    const r = shipped.row;
    const heading = r.officialTitle ?? r.location;
    const long = [pin(r.shortCitation, ref.pinpoint), heading ? `— ${heading};` : ';', `${r.officialCitation}.`].join(' ').replace(' ;', ';');
    return { short: pin(r.shortCitation, ref.pinpoint), long, href: r.url || null };
  }
  const own = c.authorities.get(ref.id);
  if (!own || own.archivedAt) return null;
  const parts = [own.title?.trim() ? `${own.citation}, ${own.title.trim()}` : own.citation, own.ecli?.trim() ?? ''].filter(Boolean);
  return { short: pin(own.citation, ref.pinpoint), long: `${pin(parts.join(', '), ref.pinpoint)}.`, href: own.url?.trim() || null };
}
