import type { Leaves } from '../../../i18n/leaves';
import type { exportEn } from './en';

/** Spanish strings of the bundle export. */
export const exportEs: Leaves<typeof exportEn> = {
  profile: {
    label: 'Perfil',
    internal: 'Interno',
    internalHint: 'todo lo que seleccione, incluidas las notas reservadas; las pruebas restringidas solo si las marca abajo',
    filing: 'Presentación',
    filingHint: 'las partes protegidas se sustituyen por su seudónimo en todo el documento; las pruebas restringidas y las notas reservadas se excluyen salvo que las elija',
    archive: 'Archivo del expediente',
    'archive-encrypted': 'Archivo del expediente (cifrado)',
    'filing-pdf': 'Escrito (PDF)',
    'filing-docx': 'Escrito (DOCX)',
  },
  numbering: {
    label: 'Numeración de páginas',
    consecutive: 'Correlativa (1, 2, 3…)',
    section: 'Por sección (A1, A2… B1…)',
    bates: 'Bates (prefijo + contador)',
    prefix: 'Prefijo Bates',
    start: 'Primer número',
  },
  sections: {
    label: 'Secciones',
    A: 'Resumen del caso y partes',
    B: 'Cronología',
    C: 'Registro de pruebas',
    D: 'Documentos',
    E: 'Informes periciales',
    F: 'Fundamentos jurídicos',
    G: 'Normas y jurisprudencia',
    H: 'Apéndice de integridad',
  },
  cover: {
    label: 'Portada y contenido',
    includeRestricted: 'Incluir pruebas restringidas',
    legend: 'Leyenda de confidencialidad',
    preparedBy: 'Preparado por',
    date: 'Fecha del dossier',
  },
  build: 'Generar dossier',
  progress: {
    label: 'Generando el dossier',
    preparing: 'Leyendo el caso…',
    step: '{{done}} de {{total}}: {{label}}',
    cancel: 'Cancelar',
    cancelled: 'Generación cancelada. No se ha guardado nada.',
    failed: 'No se pudo generar el dossier: {{message}}',
  },
  result: {
    title: 'Dossier listo',
    summary: '{{pages}} páginas, {{size}} MB. Revise los avisos y guárdelo.',
    warnings: 'Avisos',
    save: 'Guardar PDF…',
    savedAs: 'Guardado como {{name}} — SHA-256 {{sha256}}',
  },
  saved: 'Dossier guardado: {{name}}. La exportación queda registrada en la cadena de custodia de cada documento.',
  history: {
    title: 'Exportaciones de este caso',
    when: 'Fecha',
    file: 'Archivo',
    profile: 'Perfil',
    pages: 'Páginas',
  },
};
