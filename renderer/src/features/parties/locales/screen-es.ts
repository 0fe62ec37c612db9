import type { Leaves } from '../../../i18n/leaves';
import type { partyScreenEn } from './screen-en';

/** Spanish strings of one party's screen. */
export const partyScreenEs: Leaves<typeof partyScreenEn> = {
  open: 'Abrir',
  openParty: 'Abrir {{name}}',
  close: 'Cerrar',
  realName: 'Nombre real (solo se muestra en la pantalla de partes)',
  role: 'Posición',
  entity: 'Entidad jurídica',
  facts_one: '{{count}} hecho',
  facts_other: '{{count}} hechos',
  factsHeading: 'Hechos',
  noFacts: 'Ningún hecho de la cronología está vinculado a esta parte.',
  reports_one: '{{count}} informe pericial',
  reports_other: '{{count}} informes periciales',
  reportsHeading: 'Informes periciales de esta parte',
  noReports: 'Esta parte no es perito en ningún informe.',
  evidence_one: '{{count}} prueba',
  evidence_other: '{{count}} pruebas',
  evidenceHeading: 'Pruebas',
  evidenceNote: 'Las pruebas no se vinculan directamente a las partes: estas son las pruebas citadas en los hechos de esta parte y en las conclusiones de sus informes.',
  noEvidence: 'Ningún hecho ni informe de esta parte cita una prueba.',
  undated: 'sin fecha',
  archived: 'archivada',
};
