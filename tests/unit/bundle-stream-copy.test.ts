import { PDFContext, PDFName, PDFStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';

// pdf-lib's own method, taken before the builder's faster copy replaces it.
const original = PDFStream.prototype.copyBytesInto;

describe('stream bytes in the saved bundle', () => {
  it('are written exactly as pdf-lib writes them, binary contents included', async () => {
    await import('@shared/bundle/stream-copy');
    expect(PDFStream.prototype.copyBytesInto).not.toBe(original);
    const context = PDFContext.create();
    const contents = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 131 + (i >> 8)) & 0xff);
    for (const stream of [context.stream(contents, { Filter: PDFName.of('DCTDecode') }), context.flateStream('BT /F1 9 Tf (page 1) Tj ET')]) {
      const size = stream.sizeInBytes();
      const [theirs, ours] = [new Uint8Array(size + 8), new Uint8Array(size + 8)];
      const theirCount = original.call(stream, theirs, 4);
      expect(stream.copyBytesInto(ours, 4)).toBe(theirCount);
      expect(theirCount).toBe(size);
      expect(ours).toEqual(theirs);
    }
  });
});
