// The editor text is saved to localStorage (through the draft store) a moment after the user
// stops typing, and at once when the page is hidden or closed, so a reload never loses it.
import type { DraftStore } from './drafts.ts';
import type { AppStore } from './appStore.ts';

export const AUTOSAVE_MS = 300;

export function startAutosave(store: AppStore, drafts: DraftStore, delayMs = AUTOSAVE_MS): { flush(): void; stop(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saved = store.getState().text;

  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    const text = store.getState().text;
    if (text !== saved) {
      drafts.saveCurrent(text);
      saved = text;
    }
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.text === prev.text) return;
    clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  });

  return {
    flush,
    stop() {
      flush();
      unsubscribe();
    },
  };
}
