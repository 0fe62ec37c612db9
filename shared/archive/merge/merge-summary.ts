import type { MergeNote, MergeRowPreview } from './merge-preview-types';

/** A note in the audit log's words (English, like every audit summary). */
export function noteText(note: MergeNote): string {
  switch (note.type) {
    case 'exhibit-renumbered': return `numbered ${note.to} here (${note.from} in the archive${note.takenBy ? ` is ${note.takenBy} here` : ' is outside this case\'s numbering'})`;
    case 'exhibit-number-kept': return `keeps its number ${note.ours} (${note.theirs} in the archive)`;
    case 'fact-renumbered': return `numbered Fact ${note.to} here (Fact ${note.from} in the archive)`;
    case 'fact-number-kept': return `keeps Fact ${note.ours} (Fact ${note.theirs} in the archive)`;
    case 'pseudonym-changed': return `pseudonym ${note.to} (${note.from} in the archive is taken here)`;
    case 'default-view-dropped': return 'not made the default view (this case has one)';
    case 'shortcut-dropped': return `shortcut ${note.shortcut} dropped (taken here)`;
    case 'matched-by-file': return `matched by its file SHA-256 ${note.sha256}`;
  }
}

/** The summary and change of the audit entry for one added or updated row. */
export function describeChange(row: MergeRowPreview, isNew: boolean, fileName: string): { summary: string; change: unknown } {
  const notes = row.notes.map(noteText);
  const tail = notes.length ? `; ${notes.join('; ')}` : '';
  if (isNew) {
    return { summary: `Added from archive ${fileName}: ${row.label}${tail}`, change: { archiveId: row.key, row: row.theirs, notes: row.notes } };
  }
  return {
    summary: `Updated from archive ${fileName}: ${row.label} — ${row.fields.map((f) => f.field).join(', ')}${tail}`,
    change: { archiveId: row.key, fields: Object.fromEntries(row.fields.map((f) => [f.field, { from: f.ours, to: f.theirs }])), notes: row.notes },
  };
}
