import type { MouseEvent } from 'react';

/**
 * A mouse press on a chart's gesture surfaces (a label, the plot, a window's grip) leaves the
 * focus where it was: recharts' chart takes focus on a press and then shows its hover card at
 * the first point, which popped up a card far from the pointer after every zoom or drag.
 */
export function keepFocus(e: MouseEvent<SVGElement>): void {
  e.preventDefault();
}
