import type { FontBytes } from '@shared/bundle/snapshot';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';

/** The bundle's Unicode font, shipped with the app (same origin: no request leaves the machine). */
export async function loadBundleFonts(): Promise<FontBytes> {
  const [regular, bold] = await Promise.all([regularUrl, boldUrl].map(async (url) => new Uint8Array(await (await fetch(url)).arrayBuffer())));
  return { regular: regular!, bold: bold! };
}
