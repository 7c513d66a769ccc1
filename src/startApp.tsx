// The playground proper, loaded by the small entry (src/main.tsx) once it has started the engine
// worker and read the starting text (share link, saved draft or the default example): create the
// store with that worker, storage and clipboard, and render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { copyText } from './share/copyText.ts';
import { encodeShare, decodeShare } from './share/shareCodec.ts';
import type { Opening } from './opening.ts';
import { createAppStore } from './store/appStore.ts';
import { startAutosave } from './store/autosave.ts';
import { watchCalmErrors } from './store/calmErrors.ts';
import { watchLinks } from './store/watchLinks.ts';
import { App } from './ui/App.tsx';
import { AppStoreContext } from './ui/appContext.ts';
import { BUNDLED_EXAMPLES } from './ui/bundledExamples.ts';
import { saveFile } from './ui/saveFile.ts';
import { EngineClient, type WorkerPort } from './worker/client.ts';

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

/**
 * `workers` gives the worker the entry already started first (perhaps already running the opening
 * text), then fresh ones (preparedWorkers); `opening` is what the entry read (src/opening.ts).
 */
export function startApp(workers: () => WorkerPort, { drafts, journal, initial }: Opening): void {
  const store = createAppStore(
    {
      startEngine: (events) => new EngineClient(workers, events),
      drafts,
      journal,
      examples: BUNDLED_EXAMPLES,
      encodeShare,
      shareBase: () => location.origin + location.pathname + location.search,
      copyText: (text) => copyText(text),
      saveFile,
      randomSeed,
    },
    initial,
  );
  const autosave = startAutosave(store, drafts);
  addEventListener('pagehide', () => autosave.flush());
  watchLinks(store, decodeShare);
  watchCalmErrors(store);

  const root = document.getElementById('root');
  if (root === null) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <AppStoreContext.Provider value={store}>
        <App examples={BUNDLED_EXAMPLES} />
      </AppStoreContext.Provider>
    </StrictMode>,
  );
}

