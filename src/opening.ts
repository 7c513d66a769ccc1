// What the page opens with, worked out by the entry (src/main.tsx) before the app has arrived:
// the share link in the fragment, else the saved draft, else the default example
// (initialDocument), with the draft store and the run journal the app then goes on using. The
// entry needs the text early to send the engine its first run while the app is still loading:
// a link's text is known as soon as it is decoded, before the drafts (which may wait on
// IndexedDB for a few hundred milliseconds) have been read.
import { decodeShare } from './share/shareCodec.ts';
import type { InitialDocument } from './store/appStore.ts';
import { loadDraftStore, type DraftStore, type StorageLike } from './store/drafts.ts';
import { DEFAULT_EXAMPLE } from './store/examples.ts';
import { clearFragment, initialDocument } from './store/initialDocument.ts';
import { indexedDbKeyValue, type KeyValueDb } from './store/keyValueDb.ts';
import { createRunJournal, type RunJournal } from './store/runJournal.ts';
import { BUNDLED_EXAMPLES } from './ui/bundledExamples.ts';

export interface Opening {
  readonly drafts: DraftStore;
  readonly journal: RunJournal;
  readonly initial: InitialDocument;
}

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

export interface OpeningSteps {
  /** Resolves once the opening text has gone to `run` (or is held), or at once when that text
   * must wait for the stored drafts: from then on the app's code can be evaluated without
   * holding up the first run. */
  readonly ready: Promise<void>;
  readonly opening: Promise<Opening>;
}

/**
 * Reads the link, the drafts and the journal, and removes the fragment from the address bar.
 * `run` is given the opening text as soon as it is certain, unless its last run never finished;
 * the run is journaled first, as every run is (runJournal.ts), and marked finished when the
 * promise `run` returns resolves (its answer came): also when the app never gets to take that
 * answer (it failed to load, the page was closed), so a reload does not hold the text back.
 */
export function openDocument(run: (text: string) => Promise<void> | void): OpeningSteps {
  let markReady = (): void => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  if (location.hash.replace(/^#/, '') === '') markReady();
  const local = browserStorage();
  const journal = createRunJournal(local);
  const drafts = loadDraftStore({ local, db: browserDb() });
  const defaultText = (BUNDLED_EXAMPLES.find((e) => e.name === DEFAULT_EXAMPLE) ?? BUNDLED_EXAMPLES[0])?.text ?? '';
  const known = (text: string, held: boolean): void => {
    if (!held) {
      journal.started(text);
      void run(text)?.then(() => journal.finished(text));
    }
    markReady();
  };
  const opening = initialDocument(location.hash, { decode: decodeShare, drafts, journal, defaultText, known }).then(async (initial) => {
    clearFragment(location, history);
    return { drafts: await drafts, journal, initial };
  });
  opening.then(markReady, markReady);
  return { ready, opening };
}
