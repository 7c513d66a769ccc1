// Shaping the incident on the chart: a window the user dragged becomes an edit of its anomaly's
// `at` and `recovery_time` in the config, written by the engine's one TOML writer (setValues,
// through anomalyWindowEdits) in the user's own spelling, and shown as one undoable change.
// The charts then re-run as on any edit. The edit's code (windowEdit.ts, with the config parser)
// is loaded on the first drag, not with the page.
import type { WindowChange } from '../charts/shape/WindowEditing.ts';
import type { AppData } from './appState.ts';
import type { Replace } from './draftActions.ts';
import type { windowEdit } from './windowEdit.ts';

export interface WindowActions {
  /** Writes a dragged window into the config, or says in a notice why it cannot. */
  moveWindow(change: WindowChange): Promise<void>;
}

type Set = (partial: Partial<AppData>) => void;
type Get = () => AppData;
export type LoadWindowEdit = () => Promise<{ readonly windowEdit: typeof windowEdit }>;

const loadWindowEdit: LoadWindowEdit = () => import('./windowEdit.ts');

export function createWindowActions(set: Set, get: Get, replace: Replace, load: LoadWindowEdit = loadWindowEdit): WindowActions {
  const refuse = (reason: string): void => set({ notice: { tone: 'error', message: `The anomaly window could not be changed: ${reason}.` } });
  // The charts show the last run; a text changed since (or with errors) is not what was dragged.
  const stale = (): boolean => {
    const { text, lastRun } = get();
    return lastRun === undefined || lastRun.text !== text;
  };
  const STALE = 'the charts show an earlier version of the config; fix its errors first';
  return {
    async moveWindow(change) {
      if (stale()) return refuse(STALE);
      let edit: typeof windowEdit;
      try {
        edit = (await load()).windowEdit;
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        return refuse(`part of the page could not be loaded (${why}); reload the page and try again`);
      }
      if (stale()) return refuse(STALE); // the user typed while it loaded
      const result = edit(get().text, change);
      if (!result.ok) return refuse(result.reason);
      replace(result.text, { own: true, hold: false });
    },
  };
}
