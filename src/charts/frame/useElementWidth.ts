import { createContext, useContext, useLayoutEffect, useState, type RefObject } from 'react';

// One ResizeObserver for every chart on the page: a list of a dozen drawn charts would otherwise
// hold a dozen observers, each delivering its own callback on a resize of the pane.
type Listener = (width: number) => void;
const listeners = new Map<Element, Listener>();
let observer: ResizeObserver | undefined;

function shared(): ResizeObserver | undefined {
  if (observer === undefined && typeof ResizeObserver !== 'undefined') {
    observer = new ResizeObserver((entries) => {
      for (const entry of entries) listeners.get(entry.target)?.(Math.floor(entry.contentRect.width));
    });
  }
  return observer;
}

/**
 * Charts of one list are all as wide as each other: the width the last of them was measured at,
 * so a chart mounting while the list scrolls starts at that width instead of reading its own
 * (a read forces the browser to lay out the page, which cost a few ms per chart coming into
 * view). ChartsPanel gives its list one group; a chart outside any group measures itself.
 */
export interface WidthGroup {
  width: number;
}

export const WidthGroupContext = createContext<WidthGroup | undefined>(undefined);

/**
 * The element's content width in whole px, 0 until it is known. Without a group's width it is
 * read once before the first paint (a layout effect), so a chart never shows a frame without its
 * drawing; then it follows every resize (the split, the window, the full-screen dialog).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const group = useContext(WidthGroupContext);
  const [width, setWidth] = useState(() => group?.width ?? 0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    const update = (next: number): void => {
      if (group !== undefined) group.width = next;
      setWidth(next);
    };
    if (group === undefined || group.width <= 0) update(Math.floor(element.clientWidth));
    const ro = shared();
    listeners.set(element, update);
    ro?.observe(element);
    return () => {
      listeners.delete(element);
      ro?.unobserve(element);
    };
  }, [ref, group]);
  return width;
}
