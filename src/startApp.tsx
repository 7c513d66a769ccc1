// The playground proper, loaded by the small entry (src/main.tsx) once it has started the engine
// worker: read the starting text (share link, saved draft or the default example), create the
// store with that worker, storage and clipboard, and render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { copyText } from './share/copyText.ts';
import { decodeShare, encodeShare } from './share/shareCodec.ts';
import { createAppStore } from './store/appStore.ts';
import { startAutosave } from './store/autosave.ts';
import { watchCalmErrors } from './store/calmErrors.ts';
import { loadDraftStore, type StorageLike } from './store/drafts.ts';
import { clearFragment, initialDocument } from './store/initialDocument.ts';
import { indexedDbKeyValue, type KeyValueDb } from './store/keyValueDb.ts';
import { createRunJournal } from './store/runJournal.ts';
import { DEFAULT_EXAMPLE } from './store/examples.ts';
import { watchLinks } from './store/watchLinks.ts';
import { App } from './ui/App.tsx';
import { AppStoreContext } from './ui/appContext.ts';
import { BUNDLED_EXAMPLES } from './ui/bundledExamples.ts';
import { saveFile } from './ui/saveFile.ts';
import { EngineClient, type WorkerPort } from './worker/client.ts';

/** localStorage, or nothing: merely touching it throws when storage is disabled. */
function browserStorage(): StorageLike | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** IndexedDB for drafts too large for localStorage, or nothing where the browser has none. */
function browserDb(): KeyValueDb | undefined {
  try {
    return typeof indexedDB === 'undefined' ? undefined : indexedDbKeyValue(indexedDB, 'chaosgen');
  } catch {
    return undefined;
  }
}

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

/** `workers` gives the worker the entry already started first, then fresh ones (preparedWorkers). */
export async function startApp(workers: () => WorkerPort): Promise<void> {
  const local = browserStorage();
  const drafts = await loadDraftStore({ local, db: browserDb() });
  const journal = createRunJournal(local);
  const defaultText = (BUNDLED_EXAMPLES.find((e) => e.name === DEFAULT_EXAMPLE) ?? BUNDLED_EXAMPLES[0])?.text ?? '';
  const initial = await initialDocument(location.hash, { decode: decodeShare, drafts, journal, defaultText });
  clearFragment(location, history);

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

