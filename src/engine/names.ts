import type { Checker, Path } from './checker.ts';
import { excerpt, LONE_SURROGATE, quoteName } from './quote.ts';

// Checks on metric and anomaly names, which become CSV header fields and JSON strings.
//
// - A name must be valid Unicode. In the browser text is UTF-16 and can hold a lone surrogate
//   (a share link is untrusted input); TextEncoder writes it into the CSV as U+FFFD while
//   JSON.stringify writes `\ud800`, so the two files would name the column differently.
// - A name that starts with =, +, -, @, a tab or a carriage return is run as a formula by
//   spreadsheets that open the CSV (OWASP's "CSV injection" list of trigger characters). It is
//   a warning, not an error: the data is still right, and such names are legitimate elsewhere.
// - Control characters are allowed: the CSV quotes line breaks, the JSON escapes them, and
//   messages spell them as escapes (quote.ts).

const FORMULA_START = /^[=+\-@\t\r]/;

/** Reports a name that cannot be written faithfully; false when it is an error. */
export function checkName(c: Checker, path: Path, name: string, what: 'metric' | 'anomaly'): boolean {
  if (LONE_SURROGATE.test(name)) {
    c.error(path, 'key', `the ${what} name ${quoteName(name)} is not valid Unicode (it holds half of a UTF-16 surrogate pair, shown as \\uXXXX): retype the name`);
    return false;
  }
  if (what === 'metric' && FORMULA_START.test(name)) {
    const first = quoteName(name.charAt(0));
    c.report('warning', path, 'key', `the metric name ${quoteName(name)} starts with ${first}: spreadsheets may run it as a formula when they open the CSV; rename it, e.g. drop the leading ${first}`);
  }
  return true;
}

/** Metric names for a message: at most ten, each shortened, so the message stays short. */
export function listNames(names: readonly string[]): string {
  const shown = names.slice(0, 10).map((n) => excerpt(n, 24)).join(', ');
  return names.length > 10 ? `${shown} and ${names.length - 10} more` : shown;
}
