import type { BodyPart } from '../legal/body-blocks';
import { citeInline, type CiteContext } from './cite';
import type { FilingBlock, FilingFootnote, FilingInline, FilingListItem, FilingWarning } from './document';

/**
 * Collects a filing's blocks in reading order: numbers paragraphs, numbers
 * footnotes as their marks appear, remembers which paragraphs cite each
 * authority, and passes every string through the pseudonymiser so no part
 * of the document can skip it.
 */
export class FilingWriter {
  readonly blocks: FilingBlock[] = [];
  readonly footnotes: FilingFootnote[] = [];
  readonly warnings: FilingWarning[] = [];
  /** Authority id → paragraph numbers citing it. */
  readonly authorityParagraphs = new Map<string, Set<number>>();
  private paragraphCount = 0;
  private current: number | null = null;
  private headingCount = 0;
  /** True right after a bare note mark, until text follows: the next note joins that one ("E-0001; E-0002"). */
  private joinNextNote = false;

  constructor(readonly clean: (text: string) => string) {}

  /** The context citations are written with; its callbacks report into this writer. */
  citeContext(base: Omit<CiteContext, 'addFootnote' | 'onBroken' | 'onAuthority' | 'firstNote'>): CiteContext {
    return {
      ...base,
      firstNote: new Map(),
      addFootnote: (text, href) => {
        const last = this.footnotes[this.footnotes.length - 1];
        if (this.joinNextNote && last) {
          last.text = `${last.text.replace(/\.$/, '')}; ${this.clean(text)}`;
          last.href ??= href;
          return last.number;
        }
        this.footnotes.push({ number: this.footnotes.length + 1, text: this.clean(text), href });
        return this.footnotes.length;
      },
      onBroken: (what) => this.warn('broken-citation', `A citation of ${what} points at something archived or deleted; it is printed as a broken citation.`, { what }),
      onAuthority: (id) => {
        if (this.current === null) return;
        const set = this.authorityParagraphs.get(id) ?? new Set<number>();
        set.add(this.current);
        this.authorityParagraphs.set(id, set);
      },
    };
  }

  heading(text: string, level: 1 | 2): void {
    this.headingCount += 1;
    this.blocks.push({ kind: 'heading', level, text: this.clean(text), anchor: `heading-${this.headingCount}` });
  }

  /** Adds a numbered (or unnumbered) paragraph; parts are text or citations written through `cite`. */
  paragraph(parts: readonly BodyPart[], cite: CiteContext, opts: { numbered: boolean; style?: 'normal' | 'quote'; list?: FilingListItem }): number | null {
    const number = opts.numbered ? ++this.paragraphCount : null;
    // A sub-paragraph belongs to the numbered paragraph before it: its citations count there in the table of authorities.
    this.current = number ?? (opts.list && this.paragraphCount > 0 ? this.paragraphCount : null);
    const inlines: FilingInline[] = [];
    this.joinNextNote = false;
    for (const part of parts) {
      if (typeof part === 'string') {
        if (part) inlines.push({ kind: 'text', text: this.clean(part) });
        if (part.trim()) this.joinNextNote = false;
        continue;
      }
      const inline = citeInline(part, cite);
      const previous = [...inlines].reverse().find((i) => i.kind === 'citation');
      // Joined into the note just marked: no second mark.
      if (!(inline.kind === 'citation' && inline.footnote !== null && previous?.kind === 'citation' && previous.footnote === inline.footnote)) {
        inlines.push({ ...inline, text: this.clean(inline.text) });
      }
      this.joinNextNote = inline.kind === 'citation' && inline.footnote !== null && inline.text === '';
    }
    this.joinNextNote = false;
    this.current = null;
    this.blocks.push({
      kind: 'paragraph', number, style: opts.style ?? 'normal', inlines: joinSpaces(inlines), anchor: number === null ? null : `para-${number}`,
      ...(opts.list ? { list: opts.list } : {}),
    });
    return number;
  }

  /** The number the next numbered paragraph will get. */
  get nextParagraph(): number {
    return this.paragraphCount + 1;
  }

  /** Values are shown to the user too: they are pseudonymised like the message. */
  warn(code: FilingWarning['code'], message: string, values: Record<string, string> = {}, key: string = code): void {
    const clean = this.clean(message);
    if (this.warnings.some((w) => w.code === code && w.message === clean)) return;
    const shown = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, this.clean(v)]));
    this.warnings.push({ code, message: clean, key, values: shown });
  }
}

/**
 * Spacing and grouping around citations: an inline citation gets a space
 * before it ("shows (Exhibit E-0003)"); a bare note mark takes none
 * ("shows¹"); inline citations in brackets next to each other become one
 * ("(Exhibit E-0002; Exhibit E-0003)"); no space is left before punctuation.
 */
function joinSpaces(inlines: FilingInline[]): FilingInline[] {
  const out: FilingInline[] = [];
  const bracketed = (i: FilingInline | undefined) => i?.kind === 'citation' && i.footnote === null && /^\(.*\)$/.test(i.text);
  for (const inline of inlines) {
    const prev = out[out.length - 1];
    if (inline.kind === 'text' && prev?.kind === 'text') {
      prev.text += inline.text;
      continue;
    }
    if (bracketed(inline) && inline.kind === 'citation' && inline.href === null) {
      const beforeGap = prev?.kind === 'text' && !prev.text.trim() ? out[out.length - 2] : prev;
      if (bracketed(beforeGap) && beforeGap?.kind === 'citation' && beforeGap.href === null) {
        if (beforeGap !== prev) out.pop();
        beforeGap.text = `${beforeGap.text.slice(0, -1)}; ${inline.text.slice(1)}`;
        continue;
      }
    }
    out.push({ ...inline });
  }
  for (let i = 0; i < out.length; i++) {
    const cur = out[i]!;
    const prev = out[i - 1];
    const next = out[i + 1];
    if (cur.kind === 'citation' && cur.text !== '' && prev?.kind === 'text' && prev.text && !/[\s([“"'«]$/.test(prev.text)) prev.text += ' ';
    if (cur.kind === 'citation' && cur.text === '' && prev?.kind === 'text') prev.text = prev.text.replace(/\s+$/, '');
    if (cur.kind === 'text' && prev?.kind === 'citation') {
      if (/^\s+[.,;:)\]!?]/.test(cur.text) || (!cur.text.trim() && next?.kind === 'citation' && next.text === '')) cur.text = cur.text.trimStart();
      else if (prev.text !== '' && cur.text && !/^[\s.,;:)\]»”"'!?]/.test(cur.text)) cur.text = ` ${cur.text}`;
    }
  }
  return out.filter((i) => i.kind === 'citation' || i.text !== '');
}
