/**
 * A paralegal's spreadsheet of n rows as Spanish Excel saves it: BOM,
 * semicolons, CRLF, dd/mm/yyyy dates, a quoted description with a newline and
 * quotes every tenth row, and one row in a hundred without a title.
 */
export function spreadsheetCsv(n: number): Uint8Array {
  const platforms = ['X', 'TikTok', 'Instagram', 'Telegram', 'Meta/Facebook'];
  const kinds = ['Publicación', 'Imagen', 'Vídeo', 'Chat', 'Captura de pantalla'];
  const lines = ['Título;Plataforma;Enlace;ID de contenido;Cuenta;Fecha de captura;Zona horaria;Capturado por;Descripción;Tipo;Sensibilidad'];
  const two = (x: number) => String(x).padStart(2, '0');
  for (let i = 1; i <= n; i += 1) {
    const at = new Date(Date.UTC(2025, 0, 1) + i * 60_000);
    const date = `${two(at.getUTCDate())}/${two(at.getUTCMonth() + 1)}/${at.getUTCFullYear()} ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}`;
    const id = String(1_800_000_000_000_000_000n + BigInt(i));
    const description = i % 10 === 0 ? `"Montaje con ""desnudo"" generado;\r\nsegunda línea ${i}"` : `Publicación reenviada número ${i} con imagen de la víctima`;
    lines.push([
      i % 100 === 0 ? '' : `Prueba ${i} de la cuenta ${i % 977}`, platforms[i % platforms.length], `https://x.com/cuenta${i % 977}/status/${id}`, id,
      `@cuenta${i % 977}`, date, 'Europe/Madrid', 'Equipo de apoyo', description, kinds[i % kinds.length], i % 50 === 0 ? 'Restringida' : 'Normal',
    ].join(';'));
  }
  const text = `${lines.join('\r\n')}\r\n`;
  const body = new TextEncoder().encode(text);
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytes;
}
