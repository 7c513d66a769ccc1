import { parse } from 'smol-toml';
import { locateToml } from '../locateToml.ts';
import { LONE_SURROGATE } from '../quote.ts';

// How setValues writes a value or a key as TOML source. Where the value replaces one the user
// wrote, their spelling leads: a literal string stays a 'literal string' when it can, and a
// float stays a float (`2.0`, not `2`) so the key keeps its type.

/** A value written exactly as given: it must be one TOML value (`2026-03-02T00:10:00Z`, `1_000`, `0.50`). */
export interface TomlLiteral {
  readonly toml: string;
}

/** What a key can be set to: a string, a number (integer or float by its value and the old spelling), a bigint, a boolean, or literal TOML. */
export type EditValue = string | number | bigint | boolean | TomlLiteral;

export type Written = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

const written = (text: string): Written => ({ ok: true, text });
const refused = (reason: string): Written => ({ ok: false, reason });

const BARE_KEY = /^[A-Za-z0-9_-]+$/;
const ESCAPED = new Map([['"', '\\"'], ['\\', '\\\\'], ['\b', '\\b'], ['\t', '\\t'], ['\n', '\\n'], ['\f', '\\f'], ['\r', '\\r']]);

/** A "basic string", every character TOML does not allow raw escaped. */
function basicString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    out += ESCAPED.get(ch) ?? (code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : ch);
  }
  return `${out}"`;
}

/** A key segment: bare when TOML allows it, else quoted. */
export function keyText(segment: string): string {
  return BARE_KEY.test(segment) ? segment : basicString(segment);
}

/** A float literal (as opposed to an integer one): `1.5`, `1e3`, `inf`, `nan`, but not `0xE`. */
const isFloatToken = (token: string): boolean => !/^[+-]?0[xob]/.test(token) && /[.eE]|inf|nan/.test(token);

function numberText(n: number, old: string | undefined): string {
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  const float = old !== undefined && isFloatToken(old.trim());
  if (Object.is(n, -0)) return '-0.0'; // TOML's integer -0 is 0; only a float keeps the sign
  if (Number.isSafeInteger(n) && !float) return String(n);
  const s = String(n); // shortest round-trip spelling; its exponent form (1e-7, 1e+21) is TOML too
  return /^-?\d+$/.test(s) ? `${s}.0` : s;
}

function stringText(s: string, old: string | undefined): Written {
  if (LONE_SURROGATE.test(s)) return refused('the text holds half of a surrogate pair, which TOML cannot store');
  // a 'literal string' has no escapes: it can hold anything but a quote and control characters
  const literal = old !== undefined && old.startsWith("'") && ![...s].some((ch) => ch === "'" || (ch < ' ' && ch !== '\t') || ch === '\x7f');
  return written(literal ? `'${s}'` : basicString(s));
}

/** Whether `toml` is exactly one TOML value: it parses, and nothing (a comment, a second value) trails it. */
function isOneValue(toml: string): boolean {
  const line = `v = ${toml}`;
  try {
    const data = parse(line);
    if (Object.keys(data).length !== 1) return false;
  } catch {
    return false;
  }
  return locateToml(line).entry(['v'])?.value.to === line.length;
}

/** `value` as TOML source; `old` is the token it replaces, whose spelling it follows. */
export function valueText(value: EditValue, old: string | undefined): Written {
  switch (typeof value) {
    case 'number':
      return written(numberText(value, old));
    case 'bigint':
      return written(String(value));
    case 'boolean':
      return written(String(value));
    case 'string':
      return stringText(value, old);
    default:
      return isOneValue(value.toml) ? written(value.toml) : refused(`\`${value.toml.slice(0, 40)}\` is not one TOML value`);
  }
}
