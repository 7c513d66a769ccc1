/**
 * The first metric `next` adds to `previous`, when the change only adds metrics (every old name
 * is still there): the user wrote a new metric, whose chart the panel then scrolls to. A rename
 * (typing a metric's name changes it on every keystroke), a first run or another example gives
 * undefined: nothing to scroll to.
 */
export function addedMetric(previous: readonly string[], next: readonly string[]): string | undefined {
  if (previous.length === 0 || next.length <= previous.length) return undefined;
  const old = new Set(previous);
  const kept = new Set(next);
  if (previous.some((name) => !kept.has(name))) return undefined;
  return next.find((name) => !old.has(name));
}
