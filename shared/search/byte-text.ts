const encoder = new TextEncoder();

/**
 * Many strings written one after another as UTF-8 into one growing byte
 * array, outside the JS heap, with the byte where each ends. A lone
 * surrogate (which UTF-8 cannot hold) is written as U+FFFD.
 */
export class ByteText {
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  private ends = new Uint32Array(1 << 10);
  private count = 0;

  append(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    if (this.used + text.length * 3 > this.bytes.length) this.bytes = grown(this.bytes, this.used + text.length * 3);
    this.used += encoder.encodeInto(text, this.bytes.subarray(this.used)).written;
    if (this.count === this.ends.length) this.ends = grown(this.ends, this.count + 1);
    this.ends[this.count] = this.used;
    this.count += 1;
  }

  /** The bytes and the ends, trimmed to what was written. */
  finish(): { bytes: Uint8Array; ends: Uint32Array } {
    return { bytes: this.bytes.slice(0, this.used), ends: this.ends.slice(0, this.count) };
  }
}

/** A copy at least `need` long, doubling: a typed array cannot grow in place. */
export function grown<A extends Uint8Array | Uint16Array | Uint32Array>(array: A, need: number): A {
  const next = new (array.constructor as new (length: number) => A)(Math.max(need, array.length * 2));
  next.set(array);
  return next;
}
