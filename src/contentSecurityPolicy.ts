/**
 * The policy the built app ships with (a meta tag in index.html) and that a host page of the
 * library may keep: scripts, styles, fonts, data and the map's worker come from the app's own
 * origin as files, never inline, never as data: URLs. `blob:` serves exported images and
 * videos (img-src) and lets a worker start from a blob should a bundler make one.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self'",
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');
