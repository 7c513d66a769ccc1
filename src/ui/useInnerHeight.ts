import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The content height of `ref`'s element (inside its padding), kept up to date as it resizes;
 * 0 when the element does not scroll itself (the narrow layout, where the page scrolls): its
 * height then follows its content, and fitting the content to it would chase its own tail.
 * Undefined until first measured, which happens before the first paint (a layout effect).
 */
export function useInnerHeight(ref: RefObject<HTMLElement | null>): number | undefined {
  const [height, setHeight] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver === 'undefined') return;
    const measure = (): void => {
      const style = getComputedStyle(element);
      if (!/(auto|scroll)/.test(style.overflowY)) return setHeight(0);
      setHeight(Math.max(0, element.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    measure();
    return () => observer.disconnect();
  }, [ref]);
  return height;
}
