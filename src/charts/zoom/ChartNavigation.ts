import { createContext, useContext } from 'react';
import type { SampleRange } from './viewRange.ts';

/**
 * What a chart needs to navigate: the shared visible range and the way to change it. Every
 * chart reads the same one, so a gesture on any chart zooms or pans them all.
 */
export interface ChartNavigation {
  /** Undefined: the whole series. */
  readonly range: SampleRange | undefined;
  readonly zoomTo: (range: SampleRange | undefined) => void;
}

const NOWHERE: ChartNavigation = { range: undefined, zoomTo: () => undefined };

export const ChartNavigationContext = createContext<ChartNavigation>(NOWHERE);

export function useChartNavigation(): ChartNavigation {
  return useContext(ChartNavigationContext);
}
