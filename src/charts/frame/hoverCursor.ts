// The synced hover cursor: the sample under the pointer on one chart, marked on every chart (the
// mouse's twin of keyCursor.ts). The hovered chart snaps the pointer to the nearest point it drew
// and publishes that sample; every other chart marks its own nearest point, because each metric
// may have been downsampled to different samples (chart A kept sample 1,234, chart B 1,236).
import { sharedValue, useSharedValue } from '../sharedValue.ts';

export interface HoverCursor {
  /** The sample the pointer is on (a point the hovered chart drew). */
  readonly sample: number;
  /** Which chart the pointer is over (its hover card is shown there only). */
  readonly chart: string;
}

export const hoverCursorStore = sharedValue<HoverCursor>((a, b) => a?.sample === b?.sample && a?.chart === b?.chart);

export function useHoverCursor(): HoverCursor | undefined {
  return useSharedValue(hoverCursorStore);
}
