/** How often an open case is backed up while it changes, and how many backups of each case are kept. */
export const BACKUP_INTERVAL_MS = 10 * 60 * 1000;
export const BACKUP_KEEP = 10;
