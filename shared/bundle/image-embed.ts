import { JpegEmbedder, type PDFDocument } from 'pdf-lib';
import { embedSize } from './image-fit';
import type { PlacedImage } from './image-page';
import type { ImageResampler } from './image-resample';
import { pngSize } from './png-size';

export interface EmbeddedImage {
  kind: 'image';
  /** Laid out by the file's own pixel size, so a resampled copy is drawn exactly where the original would be. */
  image: PlacedImage;
  /** The pixel size embedded when the file was resampled to MAX_DPI; null when the file itself is embedded. */
  resampledTo: { width: number; height: number } | null;
  /** Why a file that should have been resampled was embedded as it is. */
  notResampled?: string;
}

/**
 * Embeds a JPEG or PNG for an image page. A file that would be drawn at more
 * than 300 dpi is replaced in the bundle by a copy resampled to 300 dpi (the
 * original stays in the case, identified by its SHA-256 on the cover sheet);
 * any other file is embedded unchanged, a JPEG byte for byte. If resampling
 * fails, the original is embedded: a larger file, never a missing exhibit.
 * Throws when the file itself cannot be read as an image.
 */
export async function embedImage(doc: PDFDocument, kind: 'jpeg' | 'png', bytes: Uint8Array, resample: ImageResampler): Promise<EmbeddedImage> {
  const natural = kind === 'jpeg' ? await JpegEmbedder.for(bytes) : pngSize(bytes);
  const { width, height } = natural;
  const target = embedSize(width, height);
  const embed = async (file: Uint8Array) => (kind === 'jpeg' ? doc.embedJpg(file) : doc.embedPng(file));
  if (target.width === width && target.height === height) {
    return { kind: 'image', image: { ref: (await embed(bytes)).ref, width, height }, resampledTo: null };
  }
  let notResampled: string;
  try {
    const smaller = await resample({ kind, bytes, width: target.width, height: target.height });
    if (smaller) return { kind: 'image', image: { ref: (await embed(smaller)).ref, width, height }, resampledTo: target };
    notResampled = 'the image is too large to resample';
  } catch (e) {
    notResampled = e instanceof Error ? e.message : String(e);
  }
  return { kind: 'image', image: { ref: (await embed(bytes)).ref, width, height }, resampledTo: null, notResampled };
}
