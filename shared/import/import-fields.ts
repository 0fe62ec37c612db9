import type { EvidenceKind, Sensitivity } from '../domain/types';
import type { EvidenceForm } from '../evidence/evidence-input';
import { tokenize } from '../search/normalize';

/** A column of the file maps to one field of the register form, or to nothing. */
export type ImportField = keyof EvidenceForm;

/** The fields in the order the mapping offers them. */
export const importFields = [
  'title', 'kind', 'platform', 'sourceUrl', 'platformContentId', 'account', 'publishedAt', 'capturedAt',
  'captureTimeZone', 'capturedBy', 'captureMethod', 'description', 'sensitivity', 'externalReference', 'notes',
] as const satisfies readonly ImportField[];

/** Without these the form cannot register an item. */
export const requiredImportFields: readonly ImportField[] = ['title'];

export const dateFields = ['publishedAt', 'capturedAt'] as const satisfies readonly ImportField[];

/** Header names people write, in English and Spanish, folded (see `headerKey`). The app's own labels are included. */
const headerNames: Record<ImportField, readonly string[]> = {
  title: ['title', 'name', 'item', 'exhibit title', 'titulo', 'nombre', 'asunto'],
  kind: ['kind', 'type', 'evidence type', 'kind of evidence', 'tipo', 'clase', 'tipo de prueba'],
  platform: ['platform', 'network', 'social network', 'site', 'plataforma', 'red social', 'red'],
  sourceUrl: ['url', 'link', 'source url', 'source', 'source link', 'address', 'web address', 'enlace', 'url de origen', 'direccion', 'fuente', 'vinculo'],
  platformContentId: [
    'platform content id', 'content id', 'post id', 'platform id', 'id de contenido', 'id del contenido',
    'id del contenido en la plataforma', 'id de la publicacion', 'identificador',
  ],
  account: ['account', 'author', 'author or account', 'user', 'username', 'handle', 'cuenta', 'autor', 'autor o cuenta', 'usuario'],
  publishedAt: ['published at', 'published', 'publication date', 'date published', 'posted at', 'posted', 'publicado', 'publicado el', 'fecha de publicacion'],
  capturedAt: ['captured at', 'captured', 'capture date', 'date captured', 'captured on', 'fecha de captura', 'capturado', 'capturado el', 'fecha captura'],
  captureTimeZone: ['capture time zone', 'time zone', 'timezone', 'tz', 'zona horaria', 'huso horario', 'zona horaria de la captura', 'zona horaria de captura'],
  capturedBy: ['captured by', 'collected by', 'capturado por', 'recogido por', 'obtenido por'],
  captureMethod: ['capture method', 'method', 'tool', 'capture tool', 'capture method or tool', 'metodo', 'herramienta', 'metodo de captura', 'herramienta de captura', 'metodo o herramienta de captura'],
  description: ['description', 'summary', 'details', 'descripcion', 'resumen', 'detalle', 'detalles'],
  sensitivity: ['sensitivity', 'confidentiality', 'sensibilidad', 'confidencialidad', 'clasificacion'],
  externalReference: ['external reference', 'reference', 'police exhibit', 'police reference', 'referencia', 'referencia externa'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks', 'notas', 'nota', 'comentarios', 'observaciones'],
};

/** A header folded for comparison: case, accents, punctuation and a "(UTC)" suffix ignored. */
export function headerKey(header: string): string {
  return tokenize(header).filter((t) => t !== 'utc').join(' ');
}

const fieldByHeader = new Map<string, ImportField>(
  importFields.flatMap((field) => headerNames[field].map((name) => [name, field] as const)),
);

/** The field a header names, if it names one. */
export function fieldForHeader(header: string): ImportField | null {
  return fieldByHeader.get(headerKey(header)) ?? null;
}

const kindNames: Record<EvidenceKind, readonly string[]> = {
  post: ['post', 'publicacion', 'tweet', 'tuit', 'toot', 'entrada'],
  image: ['image', 'imagen', 'photo', 'foto', 'picture', 'fotografia'],
  video: ['video', 'clip'],
  chat: ['chat', 'message', 'mensaje', 'conversation', 'conversacion', 'dm'],
  screenshot: ['screenshot', 'screen capture', 'captura de pantalla', 'pantallazo'],
  document: ['document', 'documento', 'pdf'],
  'platform-response': ['platform response', 'respuesta de la plataforma', 'platform reply', 'respuesta'],
  'transparency-report': ['transparency report', 'informe de transparencia'],
  'web-capture': ['web capture', 'captura web', 'web page', 'pagina web', 'webpage'],
  other: ['other', 'otro', 'otra'],
};

const sensitivityNames: Record<Sensitivity, readonly string[]> = {
  normal: ['normal', 'none', 'ninguna', 'public', 'publica'],
  confidential: ['confidential', 'confidencial'],
  restricted: ['restricted', 'restringida', 'restringido'],
  withheld: ['withheld', 'retenida', 'retenido', 'withhold'],
};

function lookup<T extends string>(names: Record<T, readonly string[]>): Map<string, T> {
  return new Map((Object.entries(names) as [T, readonly string[]][]).flatMap(([value, list]) => list.map((n) => [n, value] as const)));
}
const kindByName = lookup(kindNames);
const sensitivityByName = lookup(sensitivityNames);

/** A kind as a person wrote it ("Vídeo", "platform-response", "Captura de pantalla"); null if unknown. */
export function kindFromText(text: string): EvidenceKind | null {
  return kindByName.get(headerKey(text)) ?? null;
}

export function sensitivityFromText(text: string): Sensitivity | null {
  return sensitivityByName.get(headerKey(text)) ?? null;
}
