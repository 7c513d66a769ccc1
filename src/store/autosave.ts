// The editor text is saved through the draft store a moment after the user stops typing, and at
// once when the page is hidden or closed, so a reload never loses it. The store's `draftSave`
// follows the draft store's status, and turns "saving" the moment the text changes: nothing on
// the page may call a text saved before it is.
import type { DraftStore } from './drafts.ts';
import type { AppStore } from './appStore.ts';

export const AUTOSAVE_MS = 300;

export function startAutosave(store: AppStore, drafts: DraftStore, delayMs = AUTOSAVE_MS): { flush(): void; stop(): void } {
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

  if (saved !== store.getState().text) flush();

  return {
    flush,
    stop() {
      flush();
      unsubscribe();
      unsubscribeDrafts();
    },
  };
}
