// Type-ahead in a menu (WAI-ARIA Authoring Practices, menu pattern): typing letters moves to the
// next item whose label starts with them. Pure, so the rules are tested without a page.

/** Typed letters count as one word while each follows the last within this time. */
export const TYPEAHEAD_RESET_MS = 500;

/**
 * Index of the item to focus for the typed `buffer`, or -1 when none starts with it. A single
 * letter (or one letter typed again and again) moves to the next match after `current`, so
 * pressing "c" repeatedly cycles through the items starting with c; a longer word keeps the
 * current item while it still matches. The search wraps around; case is ignored.
 */
export function typeaheadMatch(labels: readonly string[], current: number, buffer: string): number {
  if (buffer === '' || labels.length === 0) return -1;
  const typed = buffer.toLowerCase();
  const repeated = [...typed].every((ch) => ch === typed[0]);
  const word = repeated ? (typed[0] as string) : typed;
  const start = repeated ? current + 1 : Math.max(0, current);
  for (let k = 0; k < labels.length; k++) {
    const at = (((start + k) % labels.length) + labels.length) % labels.length;
    if ((labels[at] as string).trim().toLowerCase().startsWith(word)) return at;
  }
  return -1;
}
