/**
 * One Content-Security-Policy for both editions: only the app's own origin,
 * no eval, no remote anything. Served as a header by the Electron protocol
 * handler and as a <meta> tag in the built page.
 *
 * 'wasm-unsafe-eval' lets the page and its workers compile WebAssembly (the
 * intake hashing worker's SHA-256 is hash-wasm) and nothing else: JavaScript
 * eval and new Function stay refused, which 'unsafe-eval' would allow.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
