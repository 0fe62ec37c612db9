import type { Leaves } from '../../../i18n/leaves';
import type { tagsEn } from './en';

/** Spanish strings of the tag manager. */
export const tagsEs: Leaves<typeof tagsEn> = {
  manager: {
    open: 'Gestionar etiquetas…',
    title: 'Etiquetas de este caso',
    groupName: 'Nombre del grupo',
    singleChoice: 'Una sola etiqueta por prueba',
    groupUp: 'Subir el grupo {{name}}',
    newTag: 'Nueva etiqueta en {{group}}',
    newTagPlaceholder: 'Nueva etiqueta…',
    add: 'Añadir',
    done: 'Hecho',
    colour: 'Color de {{name}}',
    name: 'Nombre de {{name}}',
    key: 'Tecla de revisión de {{name}}',
    up: 'Subir {{name}}',
    mergeInto: 'Fusionar {{name}} con…',
    confirmMerge: 'Todas las pruebas con «{{from}}» pasarán a tener «{{into}}», y «{{from}}» se archivará. ¿Continuar?',
    merged: '«{{from}}» fusionada con «{{into}}» en {{count}} pruebas.',
    archive: 'Archivar {{name}}',
    archiveShort: 'Archivar',
    problems: {
      'name-required': 'Una etiqueta necesita un nombre.',
      'name-taken': 'Este grupo ya tiene una etiqueta con ese nombre.',
      'shortcut-taken': 'Otra etiqueta ya usa esa tecla.',
      'shortcut-reserved': 'J, K y ? sirven para moverse en el modo de revisión; elija otra tecla.',
    },
  },
};
