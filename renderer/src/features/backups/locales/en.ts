/** English strings of automatic backups (desktop edition). */
export const backupsEn = {
  failed: 'The automatic backup could not be written: {{message}}',
  restore: {
    open: 'Restore from backup…',
    title: 'Restore from an automatic backup',
    body: 'Backups of each open case are written to {{folder}} every 10 minutes while it changes, when you leave it and when you quit; the newest 10 of each case are kept. Restoring adds the backup as a new case, after checking every file and the audit chain.',
    loading: 'Looking for backups…',
    none: 'No backups yet.',
    unavailable: 'This edition keeps no backups.',
    case: 'Case',
    written: 'Written',
    size: 'Size',
    actions: 'Actions',
    mb: '{{size}} MB',
    action: 'Restore as a new case',
    actionFor: 'Restore the backup of {{title}} written {{when}} as a new case',
    missing: 'That backup is no longer there.',
    unreadable: 'That backup could not be opened: {{message}}',
    close: 'Close',
  },
};
