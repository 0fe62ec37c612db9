import type { Leaves } from '../../../i18n/leaves';
import type { timelineEn } from './timeline-en';

/** Spanish strings of the chronology's timeline. */
export const timelineEs: Leaves<typeof timelineEn> = {
  label: 'Línea de tiempo de los hechos, a escala',
  tools: 'Zoom de la línea de tiempo',
  zoomIn: 'Acercar',
  zoomOut: 'Alejar',
  earlier: 'Antes',
  later: 'Después',
  fitAll: 'Ver todo',
  showing: 'Del {{from}} al {{to}}',
  outside: '{{earlier}} hechos anteriores y {{later}} posteriores quedan fuera de esta vista.',
  fact: 'Hecho {{number}}, {{date}}, {{status}}',
  disputed: 'controvertido',
  prospective: 'prospectivo',
  cluster_one: '{{count}} hecho',
  cluster_other: '{{count}} hechos',
  clusterLabel: '{{count}} hechos muy próximos, {{from}} – {{to}}',
  clusterHeading: '{{count}} hechos, {{from}} – {{to}}',
  zoomInto: 'Acercar a este periodo',
  closeCluster: 'Cerrar',
  undated_one: 'Sin fecha: {{count}} hecho',
  undated_other: 'Sin fecha: {{count}} hechos',
  noDated: 'Ningún hecho de esta vista tiene fecha todavía, así que no hay nada que dibujar a escala.',
  legend: {
    label: 'Leyenda',
    point: 'día u hora exacta',
    band: 'mes, año o entre dos días',
    around: 'hacia un día',
    before: 'antes de un día',
    after: 'después de un día',
    disputed: 'controvertido',
  },
};
