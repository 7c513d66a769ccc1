// The smallest single replacement that turns one text into another (common prefix and suffix
// kept), so a programmatic edit such as a new seed leaves the cursor, the scroll position and
// the lint marks elsewhere in the document untouched.

export interface Change {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** undefined when the texts are equal. Never splits a surrogate pair. */
export function minimalChange(oldText: string, newText: string): Change | undefined {
  if (oldText === newText) return undefined;
  const max = Math.min(oldText.length, newText.length);
  let start = 0;
  while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(oldText.charCodeAt(start - 1))) start--;
  let end = 0; // length of the common suffix, not overlapping the prefix
  while (end < max - start && oldText.charCodeAt(oldText.length - 1 - end) === newText.charCodeAt(newText.length - 1 - end)) end++;
  if (end > 0 && isLowSurrogate(oldText.charCodeAt(oldText.length - end))) end--;
  return { from: start, to: oldText.length - end, insert: newText.slice(start, newText.length - end) };
}
