import { ok, problem, type Checked } from './result.ts';

// Durations (SPEC §7): whole numbers with units, largest unit first, each unit at most once:
// "90s", "1h30m", "250ms", "1w2d". The value is a whole number of milliseconds.

/** The units, largest first, with their length in milliseconds. */
export const DURATION_UNITS = [
  ['w', 604_800_000],
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1_000],
  ['ms', 1],
] as const;

const UNIT_LIST = 'ms, s, m, h, d and w';
const MS_OF = new Map<string, number>(DURATION_UNITS);
const RANK = new Map<string, number>(DURATION_UNITS.map(([u], i) => [u, i]));

/**
 * The longest duration accepted: 100,000 weeks (about 1,900 years). Far beyond any dataset
 * (10,000,000 samples an hour apart span 1,141 years), and small enough that every sum and
 * every date reached from a start date stays an exact integer inside JavaScript's date range.
 */
export const MAX_DURATION_MS = 100_000 * 604_800_000;

/** Names a person might write for a unit, and the unit they mean. */
const ALIASES: Readonly<Record<string, string>> = {
  sec: 's', secs: 's', second: 's', seconds: 's', min: 'm', mins: 'm', minute: 'm', minutes: 'm',
  hr: 'h', hrs: 'h', hour: 'h', hours: 'h', day: 'd', days: 'd', week: 'w', weeks: 'w',
  msec: 'ms', millis: 'ms', us: 'ms', S: 's', M: 'm', H: 'h', D: 'd', W: 'w', MS: 'ms',
};

/** ms written with the largest units first, e.g. 5400000 → "1h30m"; 0 → "0s". */
export function formatDuration(ms: number): string {
  if (!(Number.isSafeInteger(ms) && ms >= 0)) throw new RangeError(`formatDuration needs a whole number of milliseconds ≥ 0, got ${ms}`);
  if (ms === 0) return '0s';
  let rest = ms;
  let text = '';
  for (const [unit, size] of DURATION_UNITS) {
    const n = Math.floor(rest / size);
    if (n > 0) text += `${n}${unit}`;
    rest -= n * size;
  }
  return text;
}

/** Reads a duration; the message of a problem says what a valid one looks like. */
export function parseDuration(text: string): Checked<number> {
  const quoted = JSON.stringify(text);
  if (text.trim() === '') return problem('a duration is empty: write a whole number with a unit, such as "90s" or "1h30m"');
  if (/\s/.test(text)) {
    const joined = text.replace(/\s+/g, '');
    const fixed = parseDuration(joined);
    return problem(`${quoted} has spaces: write ${fixed.ok ? JSON.stringify(joined) : 'the parts together, such as "1h30m"'}`);
  }
  if (text.startsWith('-')) return problem(`${quoted} is negative: a duration is 0 or more, such as "90s"`);
  if (text.startsWith('+')) return problem(`${quoted}: write it without the \`+\``);
  const odd = /[^0-9A-Za-z.]/.exec(text);
  if (odd) return problem(`${quoted}: \`${odd[0]}\` cannot appear in a duration; write whole numbers with units, such as "1h30m"`);
  const parts = [...text.matchAll(/(\d*\.?\d*)([^\d.]*)/g)].filter((m) => m[0] !== '');
  let total = 0;
  let last = -1;
  let ordered = true;
  for (const [p, [whole, num = '', unit = '']] of parts.entries()) {
    if (num === '' || num === '.') return problem(`${quoted}: ${unit ? `\`${unit}\` needs a number before it` : `\`${whole}\` is not a number`}; write a whole number with a unit, such as "90s" or "1h30m"`);
    if (unit === '') {
      // "1h30" most likely means the next unit down: suggest it.
      const next = last >= 0 ? DURATION_UNITS[last + 1]?.[0] : 's';
      const example = next && p === parts.length - 1 ? ` (for example "${text}${next}")` : '';
      return problem(`${quoted}: ${num} has no unit${example}; the units are ${UNIT_LIST}`);
    }
    const size = MS_OF.get(unit);
    if (size === undefined) {
      const meant = ALIASES[unit] ?? ALIASES[unit.toLowerCase()];
      return problem(`${quoted}: unknown unit \`${unit}\`${meant ? ` (did you mean \`${meant}\`?)` : ''}; the units are ${UNIT_LIST}`);
    }
    if (!/^\d+$/.test(num)) {
      const ms = Number(num) * size;
      const hint = Number.isInteger(ms) && ms <= MAX_DURATION_MS ? `: write "${formatDuration(ms)}"` : ', such as "1h30m"';
      return problem(`${quoted}: ${num}${unit} is not a whole number; durations are whole numbers of each unit${hint}`);
    }
    const n = Number(num);
    if (n > MAX_DURATION_MS / size || total + n * size > MAX_DURATION_MS) return problem(`${quoted} is too long: the longest duration is ${formatDuration(MAX_DURATION_MS)} (about 1,900 years)`);
    const rank = RANK.get(unit)!;
    if (rank <= last) ordered = false;
    last = rank;
    total += n * size;
  }
  if (!ordered) return problem(`${quoted}: units go from the largest to the smallest, each at most once: write "${formatDuration(total)}"`);
  return ok(total);
}
