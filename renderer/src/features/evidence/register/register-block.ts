import type { EvidenceItem } from '@shared/domain/types';
import { plainRow, type RegisterRow } from '@shared/review/register-row';

/** Row fields that differ from item to item: one joined string each, cut where each value ends. */
const TEXT_FIELDS = ['id', 'exhibitNo', 'title', 'capturedAt', 'publishedAt', 'archivedAt'] as const;
/** Row fields with a handful of values in a case: the values once, and a number per row. */
const CODED_FIELDS = ['caseId', 'kind', 'platform', 'captureTimeZone', 'sensitivity', 'reviewStatus'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type CodedField = (typeof CODED_FIELDS)[number];

/** Flag bits per row: one per text field whose value is null, and whether the item has a file. */
const HAS_ATTACHMENT = 1 << TEXT_FIELDS.length;

/**
 * Register rows of some stored pages as a few large values instead of an
 * object per row with its own strings: the values of each field joined into
 * one string, numbers in typed arrays. Reading 100,000 items grew the reading
 * thread's young generation to its largest (~60 MB), and row objects received
 * by message grew it half as much; a block is read by a worker and arrives
 * as a dozen values, and a long string goes straight to V8's large-object
 * space. It crosses by postMessage; its typed arrays are transferred.
 */
export interface RegisterBlockData {
  count: number;
  /** The stored page each row was read from (ascending). */
  pages: Uint32Array;
  texts: Record<TextField, string>;
  /** Where each row's value ends in `texts[field]`, in UTF-16 code units. */
  ends: Record<TextField, Uint32Array>;
  values: Record<CodedField, (string | null)[]>;
  codes: Record<CodedField, Uint32Array>;
  /** Row `i`'s tags are `tagValues[tagCodes[k]]` for k from `tagEnds[i - 1]` (0 for the first) to `tagEnds[i]`. */
  tagValues: string[];
  tagCodes: Uint32Array;
  tagEnds: Uint32Array;
  flags: Uint8Array;
}

/** A value's number in a list of values kept once each. */
class Coder {
  readonly values: (string | null)[] = [];
  private readonly known = new Map<string | null, number>();

  code(value: string | null): number {
    let code = this.known.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.known.set(value, code);
      this.values.push(value);
    }
    return code;
  }
}

/** Builds a block item by item, where the items are read (a worker). */
export class RegisterBlockBuilder {
  private readonly pages: number[] = [];
  private readonly texts = Object.fromEntries(TEXT_FIELDS.map((f) => [f, [] as string[]])) as Record<TextField, string[]>;
  private readonly coders = Object.fromEntries(CODED_FIELDS.map((f) => [f, new Coder()])) as Record<CodedField, Coder>;
  private readonly codes = Object.fromEntries(CODED_FIELDS.map((f) => [f, [] as number[]])) as Record<CodedField, number[]>;
  private readonly tags = new Coder();
  private readonly tagCodes: number[] = [];
  private readonly tagEnds: number[] = [];
  private readonly flags: number[] = [];

  add(item: EvidenceItem, page: number): void {
    this.pages.push(page);
    let flags = item.attachment !== null ? HAS_ATTACHMENT : 0;
    TEXT_FIELDS.forEach((field, bit) => {
      const value = item[field];
      if (value === null) flags |= 1 << bit;
      this.texts[field].push(value ?? '');
    });
    for (const field of CODED_FIELDS) this.codes[field].push(this.coders[field].code(item[field]));
    for (const tag of item.tagIds) this.tagCodes.push(this.tags.code(tag));
    this.tagEnds.push(this.tagCodes.length);
    this.flags.push(flags);
  }

  finish(): RegisterBlockData {
    const endsOf = (values: readonly string[]) => {
      const ends = new Uint32Array(values.length);
      let end = 0;
      values.forEach((value, at) => (ends[at] = end += value.length));
      return ends;
    };
    return {
      count: this.pages.length,
      pages: Uint32Array.from(this.pages),
      texts: Object.fromEntries(TEXT_FIELDS.map((f) => [f, this.texts[f].join('')])) as Record<TextField, string>,
      ends: Object.fromEntries(TEXT_FIELDS.map((f) => [f, endsOf(this.texts[f])])) as Record<TextField, Uint32Array>,
      values: Object.fromEntries(CODED_FIELDS.map((f) => [f, this.coders[f].values])) as Record<CodedField, (string | null)[]>,
      codes: Object.fromEntries(CODED_FIELDS.map((f) => [f, Uint32Array.from(this.codes[f])])) as Record<CodedField, Uint32Array>,
      tagValues: this.tags.values as string[],
      tagCodes: Uint32Array.from(this.tagCodes),
      tagEnds: Uint32Array.from(this.tagEnds),
      flags: Uint8Array.from(this.flags),
    };
  }
}

/** The typed arrays of a block, to transfer rather than copy. */
export function blockTransferables(data: RegisterBlockData): ArrayBuffer[] {
  const arrays = [data.pages, ...Object.values(data.ends), ...Object.values(data.codes), data.tagCodes, data.tagEnds, data.flags];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/**
 * A register row read from a block when asked: it holds only its block and
 * its place, so 100,000 rows are 100,000 small objects and a dozen long
 * strings. Each field read is cut from the block anew (a short string that
 * dies young); the sort keeps its keys by row (register-columns.ts).
 */
class BlockRow implements RegisterRow {
  // Truly private: a row spread or serialized by mistake must not carry its whole block along.
  readonly #block: RegisterBlockData;
  readonly #at: number;

  constructor(block: RegisterBlockData, at: number) {
    this.#block = block;
    this.#at = at;
  }

  /** JSON.stringify gives the row's values. */
  toJSON(): RegisterRow {
    return plainRow(this);
  }

  private text(field: TextField, bit: number): string | null {
    const block = this.#block;
    const at = this.#at;
    if ((block.flags[at]! & (1 << bit)) !== 0) return null;
    const ends = block.ends[field];
    return block.texts[field].slice(at === 0 ? 0 : ends[at - 1]!, ends[at]!);
  }

  private coded(field: CodedField): string | null {
    return this.#block.values[field][this.#block.codes[field][this.#at]!]!;
  }

  get id() { return this.text('id', 0)!; }
  get exhibitNo() { return this.text('exhibitNo', 1)!; }
  get title() { return this.text('title', 2)!; }
  get capturedAt() { return this.text('capturedAt', 3); }
  get publishedAt() { return this.text('publishedAt', 4); }
  get archivedAt() { return this.text('archivedAt', 5); }
  get caseId() { return this.coded('caseId')!; }
  get kind() { return this.coded('kind') as RegisterRow['kind']; }
  get platform() { return this.coded('platform')!; }
  get captureTimeZone() { return this.coded('captureTimeZone'); }
  get sensitivity() { return this.coded('sensitivity') as RegisterRow['sensitivity']; }
  get reviewStatus() { return this.coded('reviewStatus') as RegisterRow['reviewStatus']; }
  get hasAttachment() { return (this.#block.flags[this.#at]! & HAS_ATTACHMENT) !== 0; }

  get tagIds(): string[] {
    const { tagCodes, tagEnds, tagValues } = this.#block;
    const at = this.#at;
    const start = at === 0 ? 0 : tagEnds[at - 1]!;
    const end = tagEnds[at]!;
    return start === end ? [] : Array.from(tagCodes.subarray(start, end), (code) => tagValues[code]!);
  }
}

/** Each stored page's rows in the block, in page order. */
export function rowsOfBlock(block: RegisterBlockData): { page: number; rows: RegisterRow[] }[] {
  const found: { page: number; rows: RegisterRow[] }[] = [];
  for (let at = 0; at < block.count; at += 1) {
    const page = block.pages[at]!;
    if (found.length === 0 || found[found.length - 1]!.page !== page) found.push({ page, rows: [] });
    found[found.length - 1]!.rows.push(new BlockRow(block, at));
  }
  return found;
}
