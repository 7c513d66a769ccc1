// The editor (CodeMirror, the TOML language, completion and hover help: about half of the app's
// code) is a chunk of its own, fetched when it is imported here (index.html does not preload it:
// scripts/preloadAppPlugin.ts says why). Evaluating it and building the editor on a long text
// take a few hundred milliseconds of the main thread, so the
// page starts it only once the first charts are drawn (or the first run has ended without any),
// and at the latest EDITOR_WAIT_MS after the pane appeared: a 500-metric link shows its charts
// first, then its text becomes editable (docs/decisions.md, "Charts before the editor").
import { useEffect, useState } from 'react';
import type { ConfigEditor } from '../editor/ConfigEditor.tsx';

/** How long the editor waits for the first charts at most: a long first run does not keep it. */
export const EDITOR_WAIT_MS = 500;

export type EditorLoad =
  | { readonly phase: 'waiting' }
  | { readonly phase: 'ready'; readonly Editor: typeof ConfigEditor }
  | { readonly phase: 'failed'; readonly message: string };

/** The editor's component once its code has loaded; `start` turns true once the first charts are drawn. */
export function useDeferredEditor(start: boolean): EditorLoad {
  const [state, setState] = useState<EditorLoad>({ phase: 'waiting' });
  const [due, setDue] = useState(false);

  useEffect(() => {
    const timer = setTimeout(() => setDue(true), EDITOR_WAIT_MS);
    return () => clearTimeout(timer);
  }, []);

  const go = start || due;
  useEffect(() => {
    if (!go) return;
    let live = true;
    // After the frame that shows the charts has been painted, not in the same one.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        import('../editor/ConfigEditor.tsx').then(
          (module) => live && setState({ phase: 'ready', Editor: module.ConfigEditor }),
          (error: unknown) => live && setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) }),
        );
      }, 0);
    });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [go]);

  return state;
}
