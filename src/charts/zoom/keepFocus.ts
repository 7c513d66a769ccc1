import type { MouseEvent } from 'react';

/**
 * A mouse press on a chart's gesture surfaces (a label, the plot, a window's grip) leaves the
 * focus where it was: a press that focused the chart's plot would start the keyboard cursor
 * (ChartPlot) and show its card far from the pointer after every zoom or drag.
 */
export function keepFocus(e: MouseEvent<SVGElement>): void {
  e.preventDefault();
}
