// The editor text is saved through the draft store a moment after the user stops typing (not on
// every keystroke: with 500 metrics the text is ~14 kB, and typing must not wait on storage), and
// at once when the page is hidden or closed, so a reload never loses it. The store's `draftSave`
// follows the draft store's status, and turns "saving" the moment the text changes: nothing on
// the page may call a text saved before it is.
import type { DraftStore } from './drafts.ts';
import type { AppStore } from './appStore.ts';

export const AUTOSAVE_MS = 300;

/**
 * Tells when the page is going away or out of sight: `pagehide` (closing, navigating) and
 * `visibilitychange` to hidden (another tab or app; a mobile browser may then discard the tab
 * without any further event). Returns the way to stop listening.
 */
export type WhenHidden = (listener: () => void) => () => void;

/** The browser's page lifecycle, or nothing outside a browser (unit tests pass their own). */
export const browserWhenHidden: WhenHidden = (listener) => {
  if (typeof document === 'undefined' || typeof addEventListener !== 'function') return () => {};
  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') listener();
  };
  addEventListener('pagehide', listener);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    removeEventListener('pagehide', listener);
    document.removeEventListener('visibilitychange', onVisibility);
  };
};

export function startAutosave(store: AppStore, drafts: DraftStore, delayMs = AUTOSAVE_MS, whenHidden: WhenHidden = browserWhenHidden): { flush(): void; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // What storage holds: a text shown but never stored (the default example) is saved at once.
  let saved = drafts.current()?.text;

  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    const { text, ownText } = store.getState();
    if (text !== saved) {
      drafts.saveCurrent(text, ownText);
      saved = text;
    }
  };

  const unsubscribeDrafts = drafts.subscribe((draftSave) => store.setState({ draftSave }));
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.text === prev.text) return;
    if (s.draftSave.kind === 'saved') store.setState({ draftSave: { kind: 'saving' } });
    clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  });

  // The last keystrokes, still waiting for the pause, are saved before the page can be lost.
  const stopHidden = whenHidden(flush);

  if (saved !== store.getState().text) flush();

  return {
    flush,
    stop() {
      flush();
      stopHidden();
      unsubscribe();
      unsubscribeDrafts();
    },
  };
}
