import { createContext, useContext } from 'react';
import type { GroundTruthWindow } from '../../engine/index.ts';

/** A window the user dragged on a chart: which one, and the samples it should now cover. */
export interface WindowChange {
  readonly metric: string;
  /** Its place among the metric's windows (file order, as the chart has them). */
  readonly index: number;
  readonly window: GroundTruthWindow;
  readonly first: number;
  readonly last: number;
}

/**
 * What the charts need to shape an incident: the store writes the change into the config as
 * one undoable edit (its `at` and `recovery_time`, in the user's spelling); the charts then
 * re-run as on any edit. Undefined where the charts cannot edit (nothing provides it).
 */
export type EditWindow = (change: WindowChange) => void;

export const WindowEditingContext = createContext<EditWindow | undefined>(undefined);

export function useWindowEditing(): EditWindow | undefined {
  return useContext(WindowEditingContext);
}
