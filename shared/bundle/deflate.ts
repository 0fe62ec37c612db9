import { Cache, PDFContext, PDFFlateStream, typedArrayFor } from 'pdf-lib';

/** Compresses bytes to a zlib stream (RFC 1950), as a PDF FlateDecode filter reads it. */
export type Deflate = (bytes: Uint8Array) => Uint8Array;

const chosen = new WeakMap<PDFContext, Deflate>();

/**
 * Makes every stream of this document compress with `deflate`: the bundle's
 * own page contents and the object and cross-reference streams pdf-lib writes
 * at the save. The command line passes node:zlib's native deflate, which took
 * 73 ms for the 449 streams of the 3,000-page bench bundle against pako's
 * 200–260 ms (and allocates none of pako's ~260 KB of buffers per stream).
 * Tied to the document, so two builds in one process can choose differently.
 */
export function useDeflate(context: PDFContext, deflate: Deflate | undefined): void {
  if (deflate) chosen.set(context, deflate);
}

/** The same for streams made through `context.flateStream` (generated pages, embedded font subsets). */
const pdfLibFlateStream = PDFContext.prototype.flateStream;
PDFContext.prototype.flateStream = function flateStream(this: PDFContext, contents, dict = {}) {
  const deflate = chosen.get(this);
  if (!deflate) return pdfLibFlateStream.call(this, contents, dict);
  return this.stream(deflate(typedArrayFor(contents)), { ...dict, Filter: 'FlateDecode' });
};

/**
 * pdf-lib 1.17 compresses a PDFFlateStream (object streams, cross-reference
 * streams, content streams) with pako through a closure made in its
 * constructor. The first read of its contents swaps in a cache filled by the
 * document's chosen deflate; the cache object's own invalidation (a content
 * stream that grows) keeps working. Without a choice it is pako, as before.
 */
type FlateInternals = PDFFlateStream & { contentsCache: Cache<Uint8Array>; encode: boolean };
const swapped = new WeakSet<PDFFlateStream>();

function contentsCache(stream: FlateInternals): Cache<Uint8Array> {
  if (!swapped.has(stream)) {
    swapped.add(stream);
    const deflate = chosen.get(stream.dict.context);
    if (deflate) {
      stream.contentsCache = Cache.populatedBy(() => {
        const raw = stream.getUnencodedContents();
        return stream.encode ? deflate(raw) : raw;
      });
    }
  }
  return stream.contentsCache;
}

PDFFlateStream.prototype.getContents = function getContents(this: FlateInternals) {
  return contentsCache(this).access();
};
PDFFlateStream.prototype.getContentsSize = function getContentsSize(this: FlateInternals) {
  return contentsCache(this).access().length;
};
