import { csvImportEs } from '../../features/csv-import/locales/es';
import { exportEs } from '../../features/export/locales/es';
import { tagsEs } from '../../features/tags/locales/es';
import { searchEs } from '../../features/search/locales/es';
import { reviewEs } from '../../features/review/locales/es';
import { evidenceEs } from '../../features/evidence/locales/es';
import { partiesEs } from '../../features/parties/locales/es';
import { chronologyEs } from '../../features/chronology/locales/es';
import { expertsEs } from '../../features/experts/locales/es';
import { archiveEs } from '../../features/archive/locales/es';
import { backupsEs } from '../../features/backups/locales/es';
import { argumentsEs } from '../../features/arguments/locales/es';
import { filingEs } from '../../features/filing/locales/es';
import type { Messages } from './en';

/** Spanish strings (the first users work in Spanish). */
export const es: Messages = {
  app: {
    name: 'Expediente',
    tagline: 'Mesa de trabajo de casos sin conexión',
    skipToContent: 'Saltar al contenido',
    offlineBadge: 'Sin conexión — nada sale de este equipo',
    version: 'Versión {{version}}',
  },
  language: {
    label: 'Idioma',
    en: 'English',
    es: 'Español',
  },
  nav: {
    main: 'Principal',
    cases: 'Casos',
    caseSections: 'Secciones del caso',
    backToCases: 'Todos los casos',
  },
  cases: {
    title: 'Casos',
    newCase: 'Nuevo caso',
    showArchived: 'Mostrar casos archivados',
    tableCaption: 'Sus casos',
    tableCaptionArchived: 'Casos archivados',
    columns: {
      title: 'Título',
      reference: 'Referencia',
      court: 'Juzgado, tribunal o autoridad',
      jurisdiction: 'Jurisdicción',
      hearing: 'Vista',
      updated: 'Último cambio',
      actions: 'Acciones',
    },
    edit: 'Editar datos',
    editCase: 'Editar datos de {{title}}',
    archive: 'Archivar',
    archiveCase: 'Archivar {{title}}',
    restore: 'Restaurar',
    restoreCase: 'Restaurar {{title}}',
    archivedBadge: 'Archivado',
    none: '—',
    emptyTitle: 'Todavía no hay casos',
    emptyBody: 'Cree un caso para reunir en este equipo su registro de pruebas, cronología, informes periciales y argumentos.',
    emptyArchivedTitle: 'No hay casos archivados',
    emptyArchivedBody: 'Los casos que archive se conservan aquí, con todo su historial, hasta que los restaure.',
    created: 'Caso «{{title}}» creado.',
    saved: 'Cambios en «{{title}}» guardados.',
    archived: 'Caso «{{title}}» archivado. Se conserva, con su historial, en «Mostrar casos archivados».',
    restored: 'Caso «{{title}}» restaurado.',
    notFound: 'Este caso no existe en este equipo. Puede que se haya abierto desde un enlace antiguo.',
  },
  caseForm: {
    createTitle: 'Nuevo caso',
    editTitle: 'Editar datos del caso',
    title: 'Título',
    titleHint: 'Tal como aparecerá en la portada del dossier, p. ej. «Pérez c. X Corp».',
    shortName: 'Nombre corto',
    reference: 'Referencia o número de procedimiento',
    court: 'Juzgado, tribunal o autoridad',
    jurisdiction: 'Jurisdicción',
    hearingDate: 'Fecha de la vista',
    required: 'obligatorio',
    create: 'Crear caso',
    save: 'Guardar cambios',
    cancel: 'Cancelar',
  },
  validation: {
    required: 'Este campo es obligatorio.',
    tooLong: 'El texto es demasiado largo.',
    date: 'Introduzca una fecha real (día, mes y año).',
    url: 'Introduzca una dirección web completa que empiece por https://.',
    timeZone: 'Introduzca una zona horaria como Europe/Madrid o UTC.',
    dateTime: 'Introduzca una fecha y hora reales.',
    captureInFuture: 'La fecha de captura no puede estar en el futuro.',
  },
  workspace: {
    loadingSection: 'Cargando…',
    details: 'Datos del caso',
    hearingOn: 'Vista el {{date}}',
    noHearing: 'Sin fecha de vista',
    sections: {
      evidence: 'Pruebas',
      parties: 'Partes',
      chronology: 'Cronología',
      experts: 'Informes periciales',
      arguments: 'Argumentos',
      export: 'Exportar',
      filing: 'Escritos',
    },
    empty: {
      evidence: {
        title: 'Todavía no hay pruebas registradas',
        body: 'Suelte archivos arriba o use «Registrar prueba». Cada prueba recibe un número, sus datos de captura, un hash SHA-256 y una cadena de custodia.',
      },
      chronology: {
        title: 'La cronología aún no tiene hechos',
        body: 'La cronología enumerará hechos fechados, cada uno vinculado a la prueba que lo acredita. Empiece por registrar pruebas; a partir de ellas podrá crear hechos.',
      },
      experts: {
        title: 'Todavía no hay informes periciales',
        body: 'Los informes periciales recogerán al perito, su cualificación, las instrucciones recibidas y sus conclusiones, cada una vinculada a la prueba en que se basa.',
      },
      arguments: {
        title: 'Todavía no hay argumentos jurídicos',
        body: 'Cada argumento expondrá la cuestión, su fundamento jurídico tomado del catálogo de normas, sus elementos y los hechos y pruebas que los sostienen.',
      },
      export: {
        title: 'Aún no hay nada que exportar',
        body: 'Cuando existan pruebas y argumentos, aquí se generará el dossier PDF para el tribunal y los escritos. Cada exportación registrará el SHA-256 del archivo que produce.',
      },
    },
  },
  evidence: evidenceEs,
  parties: partiesEs,
  chronology: chronologyEs,
  experts: expertsEs,
  arguments: argumentsEs,
  review: reviewEs,
  search: searchEs,
  tags: tagsEs,
  export: exportEs,
  filing: filingEs,
  csvImport: csvImportEs,
  archive: archiveEs,
  backups: backupsEs,
  storage: {
    quota: 'Este equipo se ha quedado sin espacio para Expediente. No se guardó nada de la última acción. Libere espacio en disco e inténtelo de nuevo.',
    blocked: 'Expediente está abierto en otra ventana con una versión anterior. Cierre las demás ventanas para poder actualizar los datos.',
    'version-change': 'Expediente se ha actualizado en otra ventana. Recargue esta ventana para seguir trabajando; no se ha perdido nada.',
    unavailable: 'El almacenamiento local no está disponible aquí (puede impedirlo una ventana privada o un ajuste del navegador). Expediente no puede guardar casos sin él.',
    unknown: 'No se pudo guardar por un error inesperado. No se ha cambiado nada. Si vuelve a ocurrir, exporte su trabajo y reinicie la aplicación.',
    dismiss: 'Cerrar',
  },
  menu: {
    openArchiveUnavailable: 'Abrir un archivo de caso aún no está disponible en esta versión.',
    exportNeedsCase: 'Abra primero un caso y exporte su dossier desde la sección Exportar.',
  },
  dates: {
    unknown: 'fecha desconocida',
  },
};
