/** The largest attachment accepted at intake; a per-machine setting, since it is about this machine's disk. */
const KEY = 'expediente.maxAttachmentMb';
export const DEFAULT_MAX_ATTACHMENT_MB = 2048;

export function maxAttachmentMb(): number {
  const saved = Number(localStorage.getItem(KEY));
  return Number.isInteger(saved) && saved > 0 ? saved : DEFAULT_MAX_ATTACHMENT_MB;
}

export function setMaxAttachmentMb(mb: number): void {
  if (!Number.isInteger(mb) || mb <= 0) throw new RangeError('The limit must be a whole number of megabytes');
  localStorage.setItem(KEY, String(mb));
}
