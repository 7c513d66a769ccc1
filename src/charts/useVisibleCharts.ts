import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

/**
 * How far outside the visible part of the list a chart is still drawn, in px: about three
 * charts at the default height, so a chart is usually drawn before it scrolls into view, while
 * a list of 500 metrics draws a dozen at most. See docs/decisions.md, "Many metrics".
 */
export const VISIBLE_MARGIN_PX = 600;

/** Charts counted as in view before the list is first measured: more than fit any window. */
const FIRST_DRAWN = 6;

export interface VisibleCharts {
  /** Names of the metrics whose charts are near enough to the view to be drawn. */
  readonly visible: ReadonlySet<string>;
  /** The ref of each chart's slot, which carries its metric's name in `data-metric`. */
  readonly observe: (element: HTMLElement | null) => (() => void) | undefined;
  /** The ref of the list itself (to find its scroll container). */
  readonly listRef: (element: HTMLElement | null) => void;
  /** The slot of a metric, when it is in the page. */
  slotOf(name: string): HTMLElement | undefined;
}

/**
 * Which charts are near enough to the visible part of the list to be drawn. One
 * IntersectionObserver watches every slot against the list's scroll container (or the page,
 * when the list itself does not scroll: the narrow layout). Until it first reports, the first
 * few names count as visible, so the first charts are drawn in the first render.
 */
export function useVisibleCharts(names: readonly string[]): VisibleCharts {
  const [reported, setReported] = useState<ReadonlySet<string> | undefined>(undefined);
  const [list, setList] = useState<HTMLElement | null>(null);
  const slots = useRef(new Map<string, HTMLElement>());
  const observer = useRef<IntersectionObserver | null>(null);
  const near = useRef(new Set<string>());

  useEffect(() => {
    if (list === null || typeof IntersectionObserver === 'undefined') return;
    const scroller = list.closest('.charts-body');
    const root = scroller instanceof HTMLElement && /(auto|scroll)/.test(getComputedStyle(scroller).overflowY) ? scroller : null;
    const inView = near.current;
    let first = true;
    const io = new IntersectionObserver(
      (entries) => {
        let changed = false;
        for (const entry of entries) {
          const name = (entry.target as HTMLElement).dataset.metric;
          if (name === undefined) continue;
          if (entry.isIntersecting && !inView.has(name)) {
            inView.add(name);
            changed = true;
          } else if (!entry.isIntersecting && inView.delete(name)) changed = true;
        }
        // The first answer is reported even when empty: it replaces the initial guess.
        if (changed || first) setReported(new Set(inView));
        first = false;
      },
      { root, rootMargin: `${VISIBLE_MARGIN_PX}px 0px` },
    );
    observer.current = io;
    for (const element of slots.current.values()) io.observe(element);
    return () => {
      io.disconnect();
      observer.current = null;
    };
  }, [list]);

  // Stable, so React attaches each slot once (a new ref function would re-run it every render).
  const observe = useCallback((element: HTMLElement | null) => {
    const name = element?.dataset.metric;
    if (element === null || name === undefined) return undefined;
    slots.current.set(name, element);
    observer.current?.observe(element);
    return () => {
      if (slots.current.get(name) === element) slots.current.delete(name);
      observer.current?.unobserve(element);
      near.current.delete(name);
    };
  }, []);

  const slotOf = useCallback((name: string) => slots.current.get(name), []);
  const visible = useMemo(() => reported ?? new Set(names.slice(0, FIRST_DRAWN)), [reported, names]);
  return { visible, observe, listRef: setList, slotOf };
}
