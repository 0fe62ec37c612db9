export { buildFilingModel } from './model';
export { filingTitle } from './labels';
export { defaultFilingOptions, FILING_KINDS } from './options';
export type { CitationStyle, FilingKind, FilingOptions, FilingSignature } from './options';
export type * from './document';
export { filingToPdf, type FilingPdf } from './pdf/write-pdf';
export { filingToDocx, type FilingDocxOptions } from './docx';
