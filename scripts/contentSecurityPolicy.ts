// The playground's Content-Security-Policy: one list of directives, sent as a header by
// `npm start` (vite preview) and written into the built index.html as a <meta> tag, so a static
// host that sets no headers still gets it. docs/decisions.md ("Content-Security-Policy") says why
// each directive is what it is.
import type { Plugin } from 'vite';

const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  // Only our own bundled scripts: no inline scripts, no eval.
  ['script-src', "'self'"],
  // The engine worker is a file of ours (Vite emits it as its own chunk).
  ['worker-src', "'self'"],
  // CodeMirror (style-mod) writes its theme into <style> elements; a nonce would need a server
  // that renders each response, and this page is static.
  ['style-src', "'self' 'unsafe-inline'"],
  // The favicon, CodeMirror's lint markers (data: SVG images in its theme), and a chart's SVG
  // loaded as an image (a blob: URL of our own making) to draw it into a PNG.
  ['img-src', "'self' data: blob:"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

/** The policy for a <meta> tag: frame-ancestors is ignored there (and warned about), so it is left out. */
export const CSP_META = DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');
/** The policy as a response header: the meta policy plus frame-ancestors. */
export const CSP_HEADER = `${CSP_META}; frame-ancestors 'none'`;

/** What `npm start` sends with every response. */
export const PREVIEW_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
};

/**
 * The dev server (`npm run dev`) runs a looser policy: @vitejs/plugin-react injects an inline
 * script (the Fast Refresh preamble) and the HMR client talks over a WebSocket. Still no eval.
 */
export const DEV_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws: wss:"),
  'X-Content-Type-Options': 'nosniff',
};

/** Writes the policy into the built page's <head>, first, so it covers everything after it. */
export function cspMetaPlugin(): Plugin {
  return {
    name: 'chaosgen-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META }, injectTo: 'head-prepend' }],
  };
}
