// Keeps Tab inside a modal: the dialog's own focusable elements form a ring, so Tab from the last
// goes to the first and Shift+Tab from the first to the last (WAI-ARIA dialog pattern). The list is
// read at each key press, because what is focusable inside changes (a chart draws its plot late,
// an export error appears).

/** What Tab can reach: the usual focusable elements, less the disabled, hidden and tabindex=-1. */
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex], [contenteditable="true"]';

export function tabbables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.tabIndex >= 0 && !el.matches(':disabled') && el.closest('[hidden], [inert]') === null && el.getClientRects().length > 0,
  );
}

/**
 * Where Tab goes in a ring of `count` elements from the one at `at` (-1: focus is elsewhere,
 * e.g. outside the dialog or on a non-tabbable element in it): forward from there, wrapping.
 */
export function nextInRing(count: number, at: number, backwards: boolean): number {
  if (count === 0) return -1;
  if (at < 0) return backwards ? count - 1 : 0;
  return (at + (backwards ? count - 1 : 1)) % count;
}

/** Handles a Tab key press for the dialog `root`: moves focus round its ring and stops the browser's own move. */
export function trapTab(root: HTMLElement, event: KeyboardEvent): void {
  const ring = tabbables(root);
  const active = document.activeElement;
  const at = ring.findIndex((el) => el === active);
  const next = nextInRing(ring.length, at, event.shiftKey);
  event.preventDefault();
  (ring[next] ?? root).focus();
}
