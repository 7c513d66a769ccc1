import { useLayoutEffect, useState, type RefObject } from 'react';

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
 * The element's content width in whole px, 0 until it is measured. It is read once before the
 * first paint (a layout effect), so a chart never shows a frame without its drawing, and then
 * follows every resize (the split, the window, the full-screen dialog).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    setWidth(Math.floor(element.clientWidth));
    const ro = shared();
    listeners.set(element, setWidth);
    ro?.observe(element);
    return () => {
      listeners.delete(element);
      ro?.unobserve(element);
    };
  }, [ref]);
  return width;
}
