import type { Leaves } from '../../../i18n/leaves';
import type { searchEn } from './en';

/** Spanish strings of full-text search. */
export const searchEs: Leaves<typeof searchEn> = {
  label: 'Buscar pruebas',
  placeholder: 'Palabras, comienzos de palabra o "una frase exacta"',
  hint: 'Sin distinguir acentos ni mayúsculas: nino encuentra niño.',
  searching: 'Buscando…',
};
