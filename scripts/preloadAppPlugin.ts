// The built page's entry (src/main.tsx) is tiny: it starts the engine worker, then imports the app
// (src/startApp.tsx) dynamically. Vite preloads a dynamic import's dependencies only once the
// import runs, so the app's chunk would be requested only after the entry has arrived and run;
// a <link rel="modulepreload"> for it in index.html lets the browser fetch both at once.
import type { Plugin } from 'vite';

/** Adds a modulepreload link (and its stylesheets) for the chunk the entry imports dynamically whose module is `appModule`. */
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
        // Its stylesheet (the charts' CSS) too: Vite's loader skips a stylesheet already linked.
        const css = app.flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]);
        return [
          ...app.map((c) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: base + c.fileName }, injectTo: 'head' as const })),
          ...css.map((file) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: base + file }, injectTo: 'head' as const })),
        ];
      },
    },
  };
}
