import type { EvidenceItem } from '../../domain/types';
import type { Flow } from '../flow';
import { formatBytes, formatDateTime } from '../format';
import type { BuildState } from '../state';
import { MUTED, WARNING } from '../style';
import { SENSITIVITY } from './register';

/** The cover sheet's identification and capture facts: what, where from, when, by whom, how. */
export function exhibitFacts(state: BuildState, flow: Flow, e: EvidenceItem): void {
  flow.heading(`Exhibit ${e.exhibitNo}`);
  flow.heading(e.title, 2);
  const rows: [string, string][] = [
    ['Kind', e.kind],
    ['Platform', e.platform],
    ['Source URL', e.sourceUrl],
    ['Platform content id', e.platformContentId],
    ['Account / author', e.account],
    ['Published', formatDateTime(e.publishedAt, e.captureTimeZone)],
    ['Captured', formatDateTime(e.capturedAt, e.captureTimeZone)],
    ['Captured by', e.capturedBy],
    ['Capture method / tool', e.captureMethod],
    ['Sensitivity', SENSITIVITY[e.sensitivity]],
    ['External reference', e.externalReference],
    ['Description', e.description],
  ];
  if (state.options.includeNotes && e.notes.trim()) rows.push(['Notes (privileged)', e.notes]);
  flow.keyValues(rows);
}

export function exhibitHashes(flow: Flow, e: EvidenceItem, attachmentLine: string): void {
  flow.heading('Integrity', 3);
  flow.keyValues([
    ['SHA-256', e.hashes.sha256 ?? e.attachment?.sha256 ?? 'not recorded', 8],
    ['PDQ perceptual hash', e.hashes.pdq ?? 'not computed', 8],
    ['Attachment', attachmentLine],
  ]);
}

/** Custody summary: the recorded chain of custody, oldest first. */
export function exhibitCustody(state: BuildState, flow: Flow, e: EvidenceItem): void {
  const custody = state.snapshot.custody?.[e.id] ?? [];
  flow.heading('Chain of custody', 3);
  if (custody.length === 0) {
    flow.paragraph('No custody events recorded.', { size: 9, color: MUTED });
    return;
  }
  const events = [...custody].sort((a, b) => a.at.localeCompare(b.at));
  flow.table(
    [{ title: 'When (UTC)', width: 104 }, { title: 'Who', width: 90 }, { title: 'Action', width: 86 }, { title: 'Detail', width: 195 }],
    events.map((ev) => ({ cells: [ev.at.replace('T', ' ').replace(/(:\d\d)(\.\d+)?Z$/, '$1Z'), ev.actor, ev.action, ev.detail] })),
  );
}

export function attachmentLine(e: EvidenceItem, pages: number | null): string {
  const a = e.attachment;
  if (!a) return 'No file attached.';
  const pagesText = pages === null ? '' : ` · ${pages} page${pages === 1 ? '' : 's'} follow${pages === 1 ? 's' : ''}`;
  return `${a.name} · ${a.mime || 'unknown type'} · ${formatBytes(a.size)}${pagesText}`;
}

/** Withheld items: the slip sheet *is* the exhibit; hashes identify it, no content exists here. */
export function withheldSlip(flow: Flow, e: EvidenceItem): void {
  flow.heading(`Exhibit ${e.exhibitNo} — WITHHELD`);
  flow.box(
    'This item is withheld. Its content is not held by the legal team and is not reproduced in this bundle. '
      + 'It is identified by the hashes below, computed in memory when it was registered, after which the content was discarded. '
      + 'The original is held by the body named under "External reference".',
    { bold: true, size: 10, color: WARNING },
    WARNING,
  );
  flow.keyValues([
    ['Neutral description', e.description || e.title],
    ['Platform', e.platform],
    ['Platform content id', e.platformContentId],
    ['Captured', formatDateTime(e.capturedAt, e.captureTimeZone)],
    ['External reference', e.externalReference || 'not recorded'],
    ['SHA-256', e.hashes.sha256 ?? 'not recorded', 8],
    ['PDQ perceptual hash', e.hashes.pdq ?? 'not computed', 8],
  ]);
}

/** A page standing in for an attachment that cannot be reproduced, saying what and why. */
export function problemSlip(flow: Flow, e: EvidenceItem | null, label: string, reason: string, file: { name: string; mime: string; size: number; sha256: string }): void {
  flow.newPage();
  flow.heading(`${label} — attachment not reproduced`);
  flow.box(reason, { bold: true, size: 10.5, color: WARNING }, WARNING);
  flow.keyValues([
    ['File name', file.name],
    ['Type', file.mime],
    ['Size', formatBytes(file.size)],
    ['SHA-256 (recorded)', file.sha256, 8],
    ...(e ? ([['Exhibit', e.exhibitNo]] as [string, string][]) : []),
  ]);
}
