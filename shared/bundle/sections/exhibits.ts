import type { EvidenceItem } from '../../domain/types';
import { placeAttachment, type FetchedFile, type FetchFile } from '../attachment';
import { Flow } from '../flow';
import { MAX_DPI } from '../image-fit';
import { addImagePage } from '../image-page';
import type { ImageResampler } from '../image-resample';
import type { BuildState } from '../state';
import { MUTED } from '../style';
import { attachmentLine, exhibitCustody, exhibitFacts, exhibitHashes, problemSlip, withheldSlip } from './exhibit-cover';
import { runningHead } from './front';

/** Starts reading an exhibit's file; withheld items and items without a file are never read. */
export function prefetchExhibit(e: EvidenceItem, fetchFile: FetchFile): Promise<FetchedFile> | null {
  if (e.sensitivity === 'withheld' || !e.attachment) return null;
  return fetchFile(e.attachment);
}

/** One exhibit of section D: cover sheet, then the attachment or a slip sheet saying why not. */
export async function buildExhibit(state: BuildState, e: EvidenceItem, fetched: FetchedFile | null, resample: ImageResampler): Promise<void> {
  const key = `exhibit:${e.id}`;
  const doc = state.beginDoc({ key, title: `${e.exhibitNo} ${e.title}`, date: null, exhibitNo: e.exhibitNo, isSection: false });
  const flow = new Flow(state, runningHead(state));
  flow.newPage();
  if (e.sensitivity === 'withheld') {
    // Never read, never placed: a withheld item has no bytes here, whatever its record says.
    withheldSlip(flow, e);
    exhibitCustody(state, flow, e);
    state.outcomes.set(e.id, 'withheld — slip sheet with hashes only');
    state.endDoc(doc);
    return;
  }
  const loaded = e.attachment && fetched ? await placeAttachment(state.doc, e.attachment, fetched, resample) : null;
  const pages = loaded?.kind === 'pdf' ? loaded.pages.length : loaded ? 1 : null;
  exhibitFacts(state, flow, e);
  exhibitHashes(flow, e, attachmentLine(e, pages));
  exhibitCustody(state, flow, e);
  if (!e.attachment || !loaded) {
    flow.paragraph('No file is attached to this exhibit; the record above is the exhibit.', { size: 9, color: MUTED });
    state.outcomes.set(e.id, 'record only (no file)');
  } else if (loaded.kind === 'pdf') {
    for (const page of loaded.pages) state.addPage(page, false);
    state.outcomes.set(e.id, `PDF merged, ${loaded.pages.length} page${loaded.pages.length === 1 ? '' : 's'}`);
  } else if (loaded.kind === 'image') {
    const { width, height } = loaded.image;
    const shown = loaded.resampledTo ? ` · shown at ${MAX_DPI} dpi (${loaded.resampledTo.width} × ${loaded.resampledTo.height} px)` : '';
    addImagePage(state, loaded.image, `${e.exhibitNo} · ${e.attachment.name} · ${width} × ${height} px${shown}`);
    state.outcomes.set(e.id, loaded.resampledTo
      ? `image placed on one page, resampled to ${MAX_DPI} dpi (${loaded.resampledTo.width} × ${loaded.resampledTo.height} px)`
      : loaded.notResampled ? `image placed on one page as it is (not resampled: ${loaded.notResampled})` : 'image placed on one page');
  } else {
    state.warn({ code: loaded.code, message: `Exhibit ${e.exhibitNo} (${e.attachment.name}): ${loaded.reason}${loaded.detail ? ` [${loaded.detail}]` : ''}`, documentKey: key });
    problemSlip(flow, e, `Exhibit ${e.exhibitNo}`, loaded.reason, e.attachment);
    state.outcomes.set(e.id, `slip sheet: ${loaded.code}`);
  }
  state.endDoc(doc);
}
