// Shaping the incident on the chart: a window the user dragged becomes an edit of its anomaly's
// `at` and `recovery_time` in the config, written by the engine's one TOML writer (setValues,
// through anomalyWindowEdits) in the user's own spelling, and shown as one undoable change.
// The charts then re-run as on any edit.
import { anomalyWindowEdits, applyEdits, parseConfig } from '../engine/index.ts';
import type { WindowChange } from '../charts/shape/WindowEditing.ts';
import type { AppData } from './appState.ts';
import type { Replace } from './draftActions.ts';

export interface WindowActions {
  /** Writes a dragged window into the config, or says in a notice why it cannot. */
  moveWindow(change: WindowChange): void;
}

type Set = (partial: Partial<AppData>) => void;
type Get = () => AppData;

export function createWindowActions(set: Set, get: Get, replace: Replace): WindowActions {
  const refuse = (reason: string): void => set({ notice: { tone: 'error', message: `The anomaly window could not be changed: ${reason}.` } });
  return {
    moveWindow({ metric, index, first, last }) {
      const { text, lastRun } = get();
      // The charts show the last run; a text changed since (or with errors) is not what was dragged.
      if (lastRun === undefined || lastRun.text !== text) return refuse('the charts show an earlier version of the config; fix its errors first');
      const { config } = parseConfig(text);
      if (config === undefined) return refuse('the config has errors');
      const result = anomalyWindowEdits(text, config, metric, index, { atSample: first, recoverySamples: last - first + 1 });
      if (!result.ok) return refuse(result.reason);
      replace(applyEdits(text, result.changes), { own: true, hold: false });
    },
  };
}
