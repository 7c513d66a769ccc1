import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import { requestSlot } from './frameSlots.ts';
import { caughtUp, nextStage } from './stageSeries.ts';

/**
 * What the charts should show on their way to `target`: one changed metric more per slot
 * (one per frame). `onDrawn(target)` is called as soon as every chart's DOM shows `target`:
 * in the task that drew the last of them, or at once when nothing had changed.
 */
export function useStagedSeries(
  target: readonly DisplaySeries[],
  onDrawn: ((series: readonly DisplaySeries[]) => void) | undefined,
): readonly DisplaySeries[] {
  // The first chart is drawn with the list itself, not a slot later: a list that opens with a
  // result (the page's first render, usually) shows a chart in its first frame.
  const [shown, setShown] = useState<readonly DisplaySeries[]>(() => nextStage([], target));
  const onDrawnRef = useRef(onDrawn);
  useEffect(() => {
    onDrawnRef.current = onDrawn;
  }, [onDrawn]);

  useEffect(() => {
    if (caughtUp(shown, target)) {
      onDrawnRef.current?.(target);
      return;
    }
    // flushSync: the chart's render, commit and effects all happen in this slot's task, not in
    // some later task that could share a frame with the next chart's.
    return requestSlot(() => flushSync(() => setShown((current) => nextStage(current, target))));
  }, [shown, target]);

  return shown;
}
