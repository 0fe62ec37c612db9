import type { PDFDocument, PDFPage } from 'pdf-lib';
import type { FontSet } from './fonts';
import { PageInk } from './page-ink';
import type { BundleWarning, CaseSnapshot, ResolvedOptions, SectionId } from './snapshot';
import type { TextSanitizer } from './text';

export type SectionKey = SectionId | 'front';

/** A page in bundle order; generated pages are A4 built here, the rest came from exhibits. */
export interface PlannedPage {
  page: PDFPage;
  section: SectionKey;
  generated: boolean;
}

/** A place a link or bookmark can point to: a page, and optionally the top of a row on it. */
export interface Anchor {
  pageIndex: number;
  top: number | null;
}

export interface LinkRequest {
  pageIndex: number;
  rect: [number, number, number, number];
  /** An anchor key: "doc:<key>" for a document's first page, "fact:<n>" for a chronology row. */
  target: string;
}

/** A document of the bundle (index row, bookmark, page-map entry). */
export interface DocRecord {
  key: string;
  section: SectionKey;
  title: string;
  date: string | null;
  exhibitNo: string | null;
  /** 0-based page indexes, filled in as the document is built. */
  first: number;
  last: number;
  isSection: boolean;
}

/**
 * Everything accumulated while the bundle is laid out. Pages are only
 * collected here and inserted into the document at the end, in one linear
 * pass: pdf-lib's addPage walks the page tree each time (quadratic).
 */
export class BuildState {
  readonly pages: PlannedPage[] = [];
  readonly anchors = new Map<string, Anchor>();
  readonly links: LinkRequest[] = [];
  /** Drawing that needs final page numbers (index page ranges), run once all pages exist. */
  readonly deferred: (() => void)[] = [];
  readonly docs: DocRecord[] = [];
  private readonly docsByKey = new Map<string, DocRecord>();
  readonly warnings: BundleWarning[] = [];
  /** How each exhibit ended up in the bundle, for the integrity manifest. */
  readonly outcomes = new Map<string, string>();
  section: SectionKey = 'front';
  /** The record of the section being built; closed when its last document ends. */
  sectionDoc: DocRecord | null = null;

  constructor(
    readonly doc: PDFDocument,
    readonly fonts: FontSet,
    readonly text: TextSanitizer,
    readonly snapshot: CaseSnapshot,
    readonly options: ResolvedOptions,
    /** Final page label of a 0-based page index; valid only inside deferred callbacks. */
    readonly labelOf: (pageIndex: number) => string,
  ) {}

  /** Content of the pages drawn here, stored as streams by finishInk once all drawing is done. */
  private readonly inks: PageInk[] = [];

  inkFor(page: PDFPage): PageInk {
    const ink = new PageInk(page);
    this.inks.push(ink);
    return ink;
  }

  finishInk(): void {
    for (const ink of this.inks) ink.finish();
    this.inks.length = 0;
  }

  addPage(page: PDFPage, generated: boolean): number {
    this.pages.push({ page, section: this.section, generated });
    return this.pages.length - 1;
  }

  warn(w: BundleWarning): void {
    this.warnings.push(w);
  }

  /** Starts a document at the next page; returns its record to be closed with endDoc. */
  beginDoc(record: Omit<DocRecord, 'first' | 'last' | 'section'>): DocRecord {
    const doc: DocRecord = { ...record, section: this.section, first: this.pages.length, last: this.pages.length - 1 };
    this.docs.push(doc);
    this.docsByKey.set(doc.key, doc);
    this.text.where = record.title;
    return doc;
  }

  endDoc(doc: DocRecord): void {
    doc.last = this.pages.length - 1;
    if (doc.last >= doc.first) this.anchors.set(`doc:${doc.key}`, { pageIndex: doc.first, top: null });
  }

  rangeLabel(key: string): string {
    const doc = this.docsByKey.get(key);
    if (!doc || doc.last < doc.first) return '';
    const a = this.labelOf(doc.first);
    return doc.last === doc.first ? a : `${a}–${this.labelOf(doc.last)}`;
  }
}
