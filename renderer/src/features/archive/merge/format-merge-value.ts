import type { TFunction } from 'i18next';

const clip = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The plain text of a rich-text body (ProseMirror JSON), for a one-line comparison. */
function plainText(node: unknown): string {
  if (!node || typeof node !== 'object') return '';
  const n = node as { text?: unknown; content?: unknown[] };
  return typeof n.text === 'string' ? n.text : (n.content ?? []).map(plainText).join(' ');
}

/**
 * A field's value as a person reads it in the merge preview: ids as the
 * names of what they point at, hashes and attachments by what identifies
 * them, long texts clipped, lists counted.
 */
export function formatMergeValue(field: string, value: unknown, names: ReadonlyMap<string, string>, t: TFunction): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'archive.merge.yes' : 'archive.merge.no');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return clip(names.get(value) ?? value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    if (value.every((v) => typeof v === 'string')) return clip(value.map((v) => names.get(v) ?? v).join(', '));
    return t('archive.merge.items', { count: value.length });
  }
  const record = value as Record<string, unknown>;
  if (field === 'body') return clip(plainText(value)) || '—';
  if (field === 'attachment') return `${String(record.name)} (${String(record.size)} B, SHA-256 ${String(record.sha256).slice(0, 12)}…)`;
  if (field === 'hashes') return `SHA-256 ${record.sha256 ? `${String(record.sha256).slice(0, 12)}…` : '—'}${record.pdq ? ' · PDQ' : ''}`;
  if (field === 'date' && 'precision' in record) return [record.precision, record.start, record.end].filter(Boolean).join(' ');
  return clip(JSON.stringify(value));
}

/** "reviewStatus" → "Review status" when the app has no label for the field. */
export function humanField(field: string): string {
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
