import type { backupsEn } from './en';

/** Cadenas en español de las copias de seguridad automáticas (edición de escritorio). */
export const backupsEs: typeof backupsEn = {
  failed: 'No se pudo escribir la copia de seguridad automática: {{message}}',
  restore: {
    open: 'Restaurar desde copia…',
    title: 'Restaurar una copia de seguridad automática',
    body: 'Las copias de cada expediente abierto se escriben en {{folder}} cada 10 minutos mientras cambia, al salir de él y al cerrar la aplicación; se conservan las 10 más recientes de cada expediente. Restaurar añade la copia como un expediente nuevo, tras comprobar cada archivo y la cadena de auditoría.',
    loading: 'Buscando copias…',
    none: 'Aún no hay copias.',
    unavailable: 'Esta edición no guarda copias de seguridad.',
    case: 'Expediente',
    written: 'Escrita',
    size: 'Tamaño',
    actions: 'Acciones',
    mb: '{{size}} MB',
    action: 'Restaurar como expediente nuevo',
    actionFor: 'Restaurar como expediente nuevo la copia de {{title}} escrita el {{when}}',
    missing: 'Esa copia ya no está.',
    unreadable: 'No se pudo abrir esa copia: {{message}}',
    close: 'Cerrar',
  },
};
