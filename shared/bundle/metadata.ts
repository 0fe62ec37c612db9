import { PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFRef } from 'pdf-lib';
import { sha256Hex } from '../audit/sha256';
import type { CaseSnapshot, ResolvedOptions } from './snapshot';
import { BUILDER_NAME } from './version';

/**
 * Document information, trailer /ID and the open action. Every string goes
 * through the pseudonymiser: a filing copy must not leak a protected name in
 * its title bar or file properties. pdf-lib writes no /ID of its own (qpdf and
 * PDF/A expect one); it is derived from the input, plus the build time unless
 * the build is deterministic.
 */
export function writeMetadata(
  doc: PDFDocument,
  snapshot: CaseSnapshot,
  options: ResolvedOptions,
  identity: string,
  buildTime: Date,
  pseudonymise: (s: string) => string,
  firstPage: PDFRef,
): void {
  const c = snapshot.case;
  const date = options.deterministic ? new Date(`${options.bundleDate}T00:00:00Z`) : buildTime;
  doc.setTitle(pseudonymise(`${c.title} — hearing bundle`), { showInWindowTitleBar: true });
  doc.setSubject(pseudonymise(['Hearing bundle', c.reference, c.court].filter((s) => s.trim()).join(' · ')));
  // pdf-lib joins keywords with spaces, which would run "Fiscalía v X" into the reference: join them ourselves.
  doc.setKeywords([[c.shortName, c.reference, c.jurisdiction, 'hearing bundle', options.profile].filter((s) => s.trim()).map(pseudonymise).join('; ')]);
  doc.setAuthor(pseudonymise(options.preparedBy));
  doc.setCreator('Expediente');
  doc.setProducer(BUILDER_NAME);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage(c.defaultLocale === 'es' ? 'es-ES' : 'en-GB');

  const idSource = options.deterministic ? identity : `${identity}:${buildTime.toISOString()}`;
  const id = PDFHexString.of(sha256Hex(idSource).slice(0, 32));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);

  // Open at the first page at 100 % (E-bundle guidance): /XYZ left top zoom.
  doc.catalog.set(PDFName.of('OpenAction'), doc.context.obj([firstPage, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNumber.of(1)]));
}
