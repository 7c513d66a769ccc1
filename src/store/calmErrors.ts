// Calm typing: an error the user is still typing is marked in the editor at once (the lint
// marks come straight from the diagnostics), but the banner over the charts (and their dimming)
// waits until the text has stayed wrong for BANNER_DELAY_MS without being edited. A half-typed
// word is wrong for a moment on every keystroke; a banner that came and went with each one
// flashed several times a second.
import type { StoreApi } from 'zustand/vanilla';
import type { Diagnostic } from '../engine/index.ts';
import type { AppData, ShownError } from './appState.ts';

/**
 * How long the text must rest, still wrong, before the banner shows. About the pause between
 * words of a typist (~150–300 ms between keys, longer between words), so a pause to think shows
 * it, a word in progress does not. See docs/decisions.md, "Calm typing".
 */
export const BANNER_DELAY_MS = 600;

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What the engine says about the current text: unknown while its answer is on the way. */
function verdict(s: AppData): { readonly kind: 'unknown' } | { readonly kind: 'clean' } | { readonly kind: 'wrong'; readonly shown: ShownError } {
  if (s.runState === 'held') return { kind: 'clean' };
  if (s.diagnosticsFor !== s.text) return s.runState === 'ready' ? { kind: 'clean' } : { kind: 'unknown' };
  const errors = s.diagnostics.filter((d: Diagnostic) => d.severity === 'error');
  const first = errors[0];
  return first === undefined ? { kind: 'clean' } : { kind: 'wrong', shown: { first, count: errors.length } };
}

function same(a: ShownError | undefined, b: ShownError | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.count === b.count && a.first === b.first);
}

/**
 * Keeps `shownError` in step: set once the text has rested wrong for BANNER_DELAY_MS, then
 * following the engine's latest first error while the text stays wrong (a pending answer keeps
 * the old one rather than blinking), cleared at once when the text is right again.
 */
export function watchCalmErrors(store: StoreApi<AppData>, timers: Timers = globalThis): () => void {
  let timer: unknown;
  // The text the page opened with (a link, a draft, the example) was not typed: it is at rest,
  // and its errors show as soon as the engine reports them.
  let restedText: string | undefined = store.getState().text;

  const update = (): void => {
    const s = store.getState();
    const v = verdict(s);
    let next = s.shownError;
    if (v.kind === 'clean') next = undefined;
    else if (v.kind === 'wrong' && (s.shownError !== undefined || restedText === s.text)) next = v.shown;
    if (!same(next, s.shownError)) store.setState({ shownError: next });
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.text !== prev.text) {
      if (timer !== undefined) timers.clearTimeout(timer);
      const text = s.text;
      timer = timers.setTimeout(() => {
        timer = undefined;
        restedText = text;
        update();
      }, BANNER_DELAY_MS);
    }
    update();
  });
  return () => {
    unsubscribe();
    if (timer !== undefined) timers.clearTimeout(timer);
  };
}
