import type { Leaves } from '../../../i18n/leaves';
import type { searchEn } from './en';

/** Spanish strings of full-text search. */
export const searchEs: Leaves<typeof searchEn> = {
  label: 'Buscar pruebas',
  placeholder: 'Palabras, comienzos de palabra o "una frase exacta"',
  hint: 'Sin distinguir acentos ni mayúsculas: nino encuentra niño.',
  searching: 'Buscando…',
  failed: 'No se pudo hacer esta búsqueda; no filtra nada. Pruebe con menos palabras o más cortas.',
  case: {
    open: 'Buscar en el caso',
    title: 'Buscar en el caso',
    label: 'Buscar en pruebas, hechos, conclusiones periciales y argumentos',
    hint: 'Sin distinguir acentos ni mayúsculas; encuentra comienzos de palabra; "una frase exacta" entre comillas. ↑ ↓ para elegir, Intro para abrir.',
    results: 'Resultados',
    noResults: 'Nada en este caso coincide con «{{query}}».',
    kinds: {
      evidence: 'Pruebas',
      facts: 'Hechos',
      findings: 'Conclusiones periciales',
      arguments: 'Argumentos',
    },
    count_one: '{{count, number}} coincidencia',
    count_other: '{{count, number}} coincidencias',
    more: 'se muestran las {{shown}} mejores',
    finding: 'Conclusión {{number}}',
    conclusions: 'Resumen de conclusiones',
    untitled: 'Sin título',
    close: 'Cerrar',
  },
};
