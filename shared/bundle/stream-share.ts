import { PDFContext, PDFObjectParser, PDFRawStream } from 'pdf-lib';

/**
 * pdf-lib 1.17 copies every stream's bytes twice on the way into a bundle:
 * the parser slices them out of the source file (`ByteStream.slice` is
 * `Uint8Array.slice`), and copying a page to the bundle clones them again
 * (`PDFRawStream.clone`). For a 3,000-page bundle that is ~36 MB copied in
 * ~6,000 fresh buffers, which the garbage collector then has to move.
 *
 * The bundle never changes stream bytes in place (stamps, room for them and
 * links are new objects), and nothing else holds a source document: views
 * into the source file are enough. A source file's buffer then lives as long
 * as the bundle does, as its copied streams did before. Applied once, when
 * the builder is first imported; the bundle tests compare whole files.
 */
// pdf-lib does not export ByteStream; a parser holds one.
type ByteStream = { bytes: Uint8Array; slice(start: number, end: number): Uint8Array };
const byteStream = Object.getPrototypeOf((PDFObjectParser.forBytes(new Uint8Array(0), PDFContext.create()) as unknown as { bytes: ByteStream }).bytes) as ByteStream;
byteStream.slice = function slice(this: ByteStream, start: number, end: number) {
  return this.bytes.subarray(start, end);
};

PDFRawStream.prototype.clone = function clone(this: PDFRawStream, context) {
  return PDFRawStream.of(this.dict.clone(context), this.contents);
};
