import type { Leaves } from '../../../i18n/leaves';
import type { reviewEn } from './en';

/** Spanish strings of tagging, filters, bulk coding and the CSV export. */
export const reviewEs: Leaves<typeof reviewEn> = {
  tags: {
    title: 'Etiquetas',
    singleChoice: 'solo una',
  },
  bulk: {
    toolbar: 'Codificación en bloque',
    tick: 'Marcar {{exhibit}}',
    tickAll_one: 'Marcar la {{count}} prueba mostrada',
    tickAll_other: 'Marcar las {{count}} pruebas mostradas',
    selected_one: '{{count}} marcada',
    selected_other: '{{count}} marcadas',
    addTag: 'Añadir etiqueta',
    removeTag: 'Quitar etiqueta',
    setReview: 'Revisión',
    setSensitivity: 'Sensibilidad',
    clear: 'Desmarcar todo',
    done_one: '{{count}} prueba codificada.',
    done_other: '{{count}} pruebas codificadas.',
    undo_one: 'Deshacer la última codificación ({{count}} prueba)',
    undo_other: 'Deshacer la última codificación ({{count}} pruebas)',
    undone_one: 'Codificación deshecha en {{count}} prueba.',
    undone_other: 'Codificación deshecha en {{count}} pruebas.',
  },
  filter: {
    label: 'Filtrar el registro',
    tags: 'Etiquetas',
    tagModeLabel: 'Cómo se combinan las etiquetas elegidas',
    tagMode: {
      any: 'Alguna de',
      all: 'Todas',
      none: 'Ninguna de',
    },
    addTag: 'Añadir una etiqueta…',
    file: 'Archivo',
    withFile: 'Con archivo',
    withoutFile: 'Sin archivo',
    capturedFromLabel: 'Capturadas desde',
    capturedToLabel: 'hasta',
    capturedFrom: 'Capturadas desde {{date}}',
    capturedTo: 'Capturadas hasta {{date}}',
    active: 'Filtros activos',
    remove: 'Quitar el filtro {{what}}',
    clearAll: 'Quitar todos los filtros',
    countOf: '{{shown}} de {{total}} pruebas',
  },
  csv: {
    export: 'Exportar la lista en CSV',
    capturedUtc: 'Captura (UTC)',
    saved: '{{count}} pruebas guardadas en {{name}}.',
  },
};
