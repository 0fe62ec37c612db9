/**
 * One Content-Security-Policy for both editions: only the app's own origin,
 * no eval, no remote anything. Served as a header by the Electron protocol
 * handler and as a <meta> tag in the built page.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
