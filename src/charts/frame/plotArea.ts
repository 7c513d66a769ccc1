import { createContext, useContext } from 'react';
import type { PlotBox } from '../linePath.ts';

/**
 * Where the plot sits inside the chart's SVG, in px: ChartFrame measures the chart and sets it;
 * undefined until the chart has a width. Every layer of the chart (line, shades, grips, cursor)
 * maps samples and values into this box.
 */
export const PlotAreaContext = createContext<PlotBox | undefined>(undefined);

export function usePlotArea(): PlotBox | undefined {
  return useContext(PlotAreaContext);
}
