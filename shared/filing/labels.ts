import type { Locale, PartyRole } from '../domain/types';
import type { FilingKind, FilingOptions } from './options';

/** The fixed words of a filing, per document language (not the interface language). */
export interface FilingWords {
  kindTitle: Record<FilingKind, string>;
  facts: string;
  grounds: string;
  relief: string;
  legalBasis: string;
  tableOfAuthorities: string;
  legislation: string;
  caseLaw: string;
  otherAuthorities: string;
  draftNote: string;
  role: Record<PartyRole, string>;
  exhibit: string;
  /** Cross-reference to a paragraph of the facts section, inline and in a footnote. */
  seePara: (n: number) => string;
  seeParaNote: (n: number) => string;
  /** A fact cited when the facts section is left out. */
  chronologyFact: (n: number) => string;
  /** A later note on an authority whose full reference an earlier note gave. */
  seeNote: (n: number) => string;
  brokenCitation: (what: string) => string;
  /** What a broken citation pointed at, when the record itself is gone. */
  missingTarget: { exhibit: string; fact: string; authority: string };
  factLabel: (n: number) => string;
  placeAndDate: (place: string, date: string) => string;
  paragraph: string;
  paragraphs: string;
  page: string;
  footnotes: string;
  reference: string;
}

const EN: FilingWords = {
  kindTitle: {
    complaint: 'Complaint',
    denuncia: 'Criminal complaint',
    brief: 'Brief',
    'regulator-letter': 'Complaint to the supervisory authority',
  },
  facts: 'Facts',
  grounds: 'Legal grounds',
  relief: 'Relief sought',
  legalBasis: 'Legal basis',
  tableOfAuthorities: 'Table of authorities',
  legislation: 'Legislation',
  caseLaw: 'Case law',
  otherAuthorities: 'Other authorities',
  draftNote: 'draft — not law',
  role: {
    'platform-defendant': 'Defendant', complainant: 'Complainant', victim: 'Victim', witness: 'Witness',
    expert: 'Expert', authority: 'Authority', other: 'Party',
  },
  exhibit: 'Exhibit',
  seePara: (n) => `(see para ${n} above)`,
  seeParaNote: (n) => `See para ${n} above.`,
  chronologyFact: (n) => `Chronology, fact ${n}`,
  seeNote: (n) => `See n ${n}.`,
  brokenCitation: (what) => `[broken citation: ${what}]`,
  missingTarget: { exhibit: 'exhibit', fact: 'fact', authority: 'authority' },
  factLabel: (n) => `Fact ${n}`,
  placeAndDate: (place, date) => (place.trim() ? `${place.trim()}, ${date}` : date),
  paragraph: 'para',
  paragraphs: 'paras',
  page: 'Page',
  footnotes: 'Notes',
  reference: 'Reference',
};

const ES: FilingWords = {
  kindTitle: {
    complaint: 'Demanda',
    denuncia: 'Denuncia',
    brief: 'Escrito de alegaciones',
    'regulator-letter': 'Reclamación ante la autoridad de control',
  },
  facts: 'Hechos',
  grounds: 'Fundamentos de derecho',
  relief: 'Suplico',
  legalBasis: 'Fundamento legal',
  tableOfAuthorities: 'Normas y resoluciones citadas',
  legislation: 'Legislación',
  caseLaw: 'Jurisprudencia',
  otherAuthorities: 'Otras fuentes',
  draftNote: 'proyecto — no es derecho vigente',
  role: {
    'platform-defendant': 'Denunciado', complainant: 'Denunciante', victim: 'Víctima', witness: 'Testigo',
    expert: 'Perito', authority: 'Autoridad', other: 'Parte',
  },
  exhibit: 'Documento',
  seePara: (n) => `(véase el párrafo ${n})`,
  seeParaNote: (n) => `Véase el párrafo ${n}.`,
  chronologyFact: (n) => `Cronología, hecho ${n}`,
  seeNote: (n) => `Véase la nota ${n}.`,
  brokenCitation: (what) => `[cita rota: ${what}]`,
  missingTarget: { exhibit: 'documento', fact: 'hecho', authority: 'fuente' },
  factLabel: (n) => `Hecho ${n}`,
  placeAndDate: (place, date) => (place.trim() ? `En ${place.trim()}, a ${date}` : date),
  paragraph: 'párr.',
  paragraphs: 'párrs.',
  page: 'Página',
  footnotes: 'Notas',
  reference: 'Referencia',
};

export function filingWords(language: Locale): FilingWords {
  return language === 'es' ? ES : EN;
}

/** Who the parties are called depends on the document: a demanda has a demandante, a denuncia a denunciante. */
const ROLE_BY_KIND: Record<Locale, Partial<Record<FilingKind, Partial<Record<PartyRole, string>>>>> = {
  en: {
    complaint: { complainant: 'Claimant' },
    'regulator-letter': { 'platform-defendant': 'Respondent (controller)' },
  },
  es: {
    complaint: { complainant: 'Demandante', 'platform-defendant': 'Demandado' },
    brief: { complainant: 'Parte actora', 'platform-defendant': 'Parte demandada' },
    'regulator-letter': { complainant: 'Reclamante', 'platform-defendant': 'Entidad reclamada' },
  },
};

export function partyRoleLabel(language: Locale, kind: FilingKind, role: PartyRole): string {
  return ROLE_BY_KIND[language][kind]?.[role] ?? filingWords(language).role[role];
}

/** "2 December 2026" / "2 de diciembre de 2026": the long form courts use. */
export function formatLongDate(ymd: string, language: Locale): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(ymd)) return ymd;
  return new Intl.DateTimeFormat(language === 'es' ? 'es-ES' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${ymd}T00:00:00Z`));
}

export function filingTitle(options: Pick<FilingOptions, 'title' | 'kind' | 'language'>): string {
  return options.title.trim() || filingWords(options.language).kindTitle[options.kind];
}

/** I, II, III … for the grounds. */
export function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = Math.max(1, Math.trunc(n));
  for (const [value, letters] of table) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
