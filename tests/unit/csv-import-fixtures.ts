/** Tricky CSV files as spreadsheets really write them, built byte by byte for the import tests. */

const CP1252_EXTRA: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96 };

/** Text as Windows-1252 bytes (what Excel on Windows saves as "CSV"). */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => {
    const code = c.codePointAt(0)!;
    if (CP1252_EXTRA[c] !== undefined) return CP1252_EXTRA[c]!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    throw new Error(`Not in Windows-1252: ${c}`);
  }));
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
export const withBom = (bytes: Uint8Array) => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);

/**
 * Spanish Excel: semicolons, CRLF, a BOM, Spanish headers, dd/mm/yyyy dates,
 * a description with a newline and quotes inside, a formula-looking cell, a
 * blank line, and a row without a title.
 */
export const spanishExcel = [
  'Título;Plataforma;Enlace;Cuenta;Fecha de captura;Descripción;Tipo;Sensibilidad;Etiquetas',
  'Respuesta de Grok;X;https://x.com/grok/status/1875550000000000001;@grok;05/01/2026 21:15;"Imagen generada a petición;\r\ncon ""desnudo"" en el texto";Publicación;Restringida;Hot',
  '',
  'Vídeo reenviado;TikTok;https://www.tiktok.com/@cuenta/video/7300000000000000002;@cuenta;17/01/2026 08:05;"=HYPERLINK(""http://evil.example"",""clic"")";Vídeo;;',
  ';Telegram;https://t.me/canal/3;@canal;18/01/2026 10:00;Sin título;Chat;Normal;',
  'Notificación a la plataforma;Meta/Facebook;;;20/01/2026;Aviso de retirada;Documento;Confidencial;',
].join('\r\n') + '\r\n';
