/** A PNG's pixel size from its IHDR chunk (the first, by the PNG specification), without decoding it. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const isIhdr = bytes.length >= 24 && String.fromCharCode(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!) === 'IHDR';
  if (!isIhdr) throw new Error('not a PNG file (no IHDR chunk)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
