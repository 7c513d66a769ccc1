// The built page's entry (src/main.tsx) is tiny: it starts the engine worker, then imports the app
// (src/startApp.tsx) dynamically. Vite preloads a dynamic import's dependencies only once the
// import runs, so the app's chunk would be requested only after the entry had arrived and run; a
// <link rel="modulepreload"> for it (and the chunks it imports) in index.html lets the browser
// fetch them all at once (fetched, not run: the app still runs when its import does).
//
// The editor (src/editor/ConfigEditor.tsx), imported once the first charts are drawn, is not
// preloaded: over HTTP/1.1 a browser opens six connections to a host, and its 420 kB held up the
// engine worker's script, which the entry asks for last (docs/decisions.md, "Charts before the
// editor").
import type { Plugin } from 'vite';

/** Adds a modulepreload link for the chunk the entry imports dynamically whose module is `appModule`, and for the chunks it imports. */
export function preloadAppPlugin(appModule: string): Plugin {
  let base = '/';
  return {
    name: 'chaosgen-preload-app',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        const chunks = Object.values(ctx.bundle ?? {}).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const app = chunks.filter((c) => c.isDynamicEntry && c.facadeModuleId?.endsWith(appModule) === true);
        if (app.length !== 1) throw new Error(`preloadAppPlugin: expected one chunk for ${appModule}, found ${app.length}`);
        // With the chunks it imports (shared with others), except the entry, which is already there.
        const entries = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
        const files = [...new Set(app.flatMap((c) => [c.fileName, ...c.imports]))].filter((f) => !entries.has(f));
        return files.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: base + file }, injectTo: 'head' as const }));
      },
    },
  };
}
