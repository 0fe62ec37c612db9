import { csvImportEn } from '../../features/csv-import/locales/en';
import { exportEn } from '../../features/export/locales/en';
import { tagsEn } from '../../features/tags/locales/en';
import { searchEn } from '../../features/search/locales/en';
import { reviewEn } from '../../features/review/locales/en';
import { evidenceEn } from '../../features/evidence/locales/en';
import { partiesEn } from '../../features/parties/locales/en';
import { chronologyEn } from '../../features/chronology/locales/en';
import { expertsEn } from '../../features/experts/locales/en';
import { archiveEn } from '../../features/archive/locales/en';
import { backupsEn } from '../../features/backups/locales/en';
import { argumentsEn } from '../../features/arguments/locales/en';
import { filingEn } from '../../features/filing/locales/en';
import type { Leaves } from '../leaves';

/**
 * English strings. The shape of this object is the contract every language
 * fills in. Each feature keeps its own strings beside it (its locales folder)
 * and is mounted here under its namespace.
 */
export const en = {
  app: {
    name: 'Expediente',
    tagline: 'Offline case workbench',
    skipToContent: 'Skip to content',
    offlineBadge: 'Offline — nothing leaves this machine',
    version: 'Version {{version}}',
  },
  language: {
    label: 'Language',
    en: 'English',
    es: 'Español',
  },
  nav: {
    main: 'Main',
    cases: 'Cases',
    caseSections: 'Case sections',
    backToCases: 'All cases',
  },
  cases: {
    title: 'Cases',
    newCase: 'New case',
    showArchived: 'Show archived cases',
    tableCaption: 'Your cases',
    tableCaptionArchived: 'Archived cases',
    columns: {
      title: 'Title',
      reference: 'Reference',
      court: 'Court or authority',
      jurisdiction: 'Jurisdiction',
      hearing: 'Hearing',
      updated: 'Last changed',
      actions: 'Actions',
    },
    edit: 'Edit details',
    editCase: 'Edit details of {{title}}',
    archive: 'Archive',
    archiveCase: 'Archive {{title}}',
    restore: 'Restore',
    restoreCase: 'Restore {{title}}',
    archivedBadge: 'Archived',
    none: '—',
    emptyTitle: 'No cases yet',
    emptyBody: 'Create a case to keep its evidence register, chronology, expert reports and arguments in one place on this machine.',
    emptyArchivedTitle: 'No archived cases',
    emptyArchivedBody: 'Cases you archive are kept here, with their full history, until you restore them.',
    created: 'Case “{{title}}” created.',
    saved: 'Changes to “{{title}}” saved.',
    archived: 'Case “{{title}}” archived. It stays, with its history, under “Show archived cases”.',
    restored: 'Case “{{title}}” restored.',
    notFound: 'This case does not exist on this machine. It may have been opened from an old link.',
  },
  caseForm: {
    createTitle: 'New case',
    editTitle: 'Edit case details',
    title: 'Title',
    titleHint: 'As it will appear on the bundle cover, e.g. “Doe v X Corp”.',
    shortName: 'Short name',
    reference: 'Reference or claim number',
    court: 'Court or authority',
    jurisdiction: 'Jurisdiction',
    hearingDate: 'Hearing date',
    required: 'required',
    create: 'Create case',
    save: 'Save changes',
    cancel: 'Cancel',
  },
  validation: {
    required: 'This field is required.',
    tooLong: 'This is too long.',
    date: 'Enter a real date (day, month and year).',
    url: 'Enter a full web address starting with https://.',
    timeZone: 'Enter a time zone name such as Europe/Madrid or UTC.',
    dateTime: 'Enter a real date and time.',
    captureInFuture: 'The capture date cannot be in the future.',
  },
  workspace: {
    loadingSection: 'Loading…',
    details: 'Case details',
    hearingOn: 'Hearing {{date}}',
    noHearing: 'No hearing date set',
    sections: {
      evidence: 'Evidence',
      parties: 'Parties',
      chronology: 'Chronology',
      experts: 'Expert reports',
      arguments: 'Arguments',
      export: 'Export',
      filing: 'Filing',
    },
    empty: {
      evidence: {
        title: 'No evidence registered yet',
        body: 'Drop files above, or use “Register evidence”. Each exhibit gets a number, its capture details, a SHA-256 hash and a chain of custody.',
      },
      chronology: {
        title: 'No facts in the chronology yet',
        body: 'The chronology will list dated facts, each linked to the evidence that proves it. Start by registering evidence; facts can then be created from it.',
      },
      experts: {
        title: 'No expert reports yet',
        body: 'Expert reports will record the expert, their qualifications, instructions and findings, each finding linked to the evidence it rests on.',
      },
      arguments: {
        title: 'No legal arguments yet',
        body: 'Arguments will set out each issue with its legal basis from the provision catalogue, its elements and the facts and evidence that support them.',
      },
      export: {
        title: 'Nothing to export yet',
        body: 'Once evidence and arguments exist, this is where you build the court bundle PDF and filings. Every export will record the SHA-256 of the file it produces.',
      },
    },
  },
  evidence: evidenceEn,
  parties: partiesEn,
  chronology: chronologyEn,
  experts: expertsEn,
  arguments: argumentsEn,
  review: reviewEn,
  search: searchEn,
  tags: tagsEn,
  export: exportEn,
  filing: filingEn,
  csvImport: csvImportEn,
  archive: archiveEn,
  backups: backupsEn,
  storage: {
    quota: 'This computer has run out of storage space for Expediente. Nothing was saved from the last action. Free some disk space, then try again.',
    blocked: 'Expediente is open in another window with an older version. Close the other windows so the case data can be upgraded.',
    'version-change': 'Expediente was updated in another window. Reload this window to keep working; nothing has been lost.',
    unavailable: 'Local storage is not available here (a private window or a browser setting may block it). Expediente cannot keep cases without it.',
    unknown: 'Saving failed unexpectedly. Nothing was changed. If it happens again, export your work and restart the app.',
    dismiss: 'Dismiss',
  },
  menu: {
    openArchiveUnavailable: 'Opening a case archive is not available in this version yet.',
    exportNeedsCase: 'Open a case first, then export its bundle from the Export section.',
  },
  dates: {
    unknown: 'unknown date',
  },
};

/** Every language provides every key of the English file, and only those. */
export type Messages = Leaves<typeof en>;
