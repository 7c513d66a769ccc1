import type { Range } from '../diagnostic.ts';

// Reading one line of a broken TOML text, for the syntax explainer: where its content starts
// and ends (comment and surrounding blanks left out), and the token at a position.

const isBlank = (c: string): boolean => c === ' ' || c === '\t' || c === '\r';

/** [from, to) with the blanks at its end left out. */
export function lineAround(text: string, from: number, to: number): Range {
  let end = to;
  while (end > from && isBlank(text.charAt(end - 1))) end--;
  return { from, to: end };
}

/** The content of the line holding `at`: from its first non-blank character to before a comment (`#` outside quotes), trimmed. */
export function trimmedLine(text: string, at: number): Range {
  let from = text.lastIndexOf('\n', at - 1) + 1;
  if (text.charAt(from) === '\uFEFF') from++;
  let end = text.indexOf('\n', at);
  if (end < 0) end = text.length;
  while (from < end && isBlank(text.charAt(from))) from++;
  let quote = '';
  for (let i = from; i < end; i++) {
    const c = text.charAt(i);
    if (quote !== '') {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#') {
      end = i;
      break;
    }
  }
  return lineAround(text, from, end);
}

/** The key that starts at `from`: up to the `=` before `limit` (or `limit`), blanks trimmed; undefined when empty. */
export function statementKey(text: string, from: number, limit: number): Range | undefined {
  const eq = text.indexOf('=', from);
  const end = eq >= 0 && eq < limit ? eq : limit;
  let start = from;
  while (start < end && isBlank(text.charAt(start))) start++;
  const r = lineAround(text, start, end);
  return r.to > r.from ? r : undefined;
}

/** A non-empty range at `at`: the run of non-blank characters there, or the character before at a line's end. */
export function tokenAt(text: string, at: number): Range {
  const here = text.charAt(at);
  if (at < text.length && here !== '\n' && !isBlank(here)) {
    let to = at + 1;
    while (to < text.length && !/[\s,\]}]/.test(text.charAt(to))) to++;
    return { from: at, to };
  }
  let from = at;
  while (from > 0 && (isBlank(text.charAt(from - 1)) || text.charAt(from - 1) === '\n') && from > text.lastIndexOf('\n', at - 1) + 1) from--;
  if (from > 0 && text.charAt(from - 1) !== '\n') return { from: from - 1, to: from };
  return { from: Math.min(at, Math.max(0, text.length - 1)), to: Math.min(text.length, Math.max(at, 0) + 1) };
}
