import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv, toJson } from './files.ts';
import { generate } from './generate.ts';
import { parseConfig } from './parseConfig.ts';
import { LONE_SURROGATE } from './quote.ts';

// Metric names become CSV header fields and JSON strings. Text in the browser is UTF-16 and a
// share link is untrusted input, so a name can be anything a JavaScript string can hold.

const HEAD = '[general]\nnum_samples = 3\nseed = 1\n';

/** A TOML basic string for any well-formed text: only `\`, `"` and control characters are escaped. */
function tomlString(s: string): string {
  // eslint-disable-next-line no-control-regex
  const escaped = s.replace(/[\\"\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${escaped}"`;
}

/** The fields of a CSV's first record (RFC 4180: quoted fields double their quotes). */
function csvHeaderFields(csv: string): string[] {
  const fields: string[] = [];
  let field = '';
  let start = true;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (c === '"' && start) {
      for (i++; i < csv.length; i++) {
        if (csv[i] === '"' && csv[i + 1] === '"') {
          field += '"';
          i++;
        } else if (csv[i] === '"') break;
        else field += csv[i];
      }
      start = false;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      start = true;
    } else if (c === '\n') break;
    else {
      field += c;
      start = false;
    }
  }
  fields.push(field);
  return fields;
}

describe('a name that is not valid Unicode', () => {
  it('is an error at the metric name, and there is no data', () => {
    const text = `${HEAD}[metrics."cpu\ud800"]\nvalue = 1\n`;
    const { config, diagnostics } = parseConfig(text);
    expect(config).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(d?.severity).toBe('error');
    expect(text.slice(d?.from, d?.to)).toBe('"cpu\ud800"');
    expect(d?.message).toBe('the metric name `cpu\\ud800` is not valid Unicode (it holds half of a UTF-16 surrogate pair, shown as \\uXXXX): retype the name');
  });

  it('is an error at the anomaly name too (a trailing low surrogate, here)', () => {
    const text = `${HEAD}[metrics.cpu]\nvalue = 1\n[anomalies.'\udc00cpu']\nat = 0\n`;
    const { config, diagnostics } = parseConfig(text);
    expect(config).toBeUndefined();
    expect(diagnostics.map((d) => [d.severity, text.slice(d.from, d.to)])).toEqual([['error', "'\udc00cpu'"]]);
    expect(diagnostics[0]?.message).toContain('the anomaly name `\\udc00cpu` is not valid Unicode');
  });

  it('a character outside the BMP (a valid surrogate pair) is fine', () => {
    const { config, diagnostics } = parseConfig(`${HEAD}[metrics."cpu 😀"]\nvalue = 1\n`);
    expect(diagnostics).toEqual([]);
    expect(config?.metrics[0]?.name).toBe('cpu 😀');
  });
});

describe('a name a spreadsheet would run as a formula', () => {
  it.each([
    ['=HYPERLINK("http://example.com","x")', '`=`'],
    ['+1', '`+`'],
    ['-cpu', '`-`'],
    ['@SUM(A1)', '`@`'],
    ['\tcpu', '`\\t`'],
    ['\rcpu', '`\\r`'],
  ])('%j gets a warning at the name, and the data is still made', (name, first) => {
    const text = `${HEAD}[metrics.${tomlString(name)}]\nvalue = 1\n`;
    const { config, diagnostics } = parseConfig(text);
    expect(config?.metrics.map((m) => m.name)).toEqual([name]);
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(d?.severity).toBe('warning');
    expect(text.slice(d?.from, d?.to)).toBe(tomlString(name));
    expect(d?.message).toContain(`starts with ${first}: spreadsheets may run it as a formula when they open the CSV; rename it, e.g. drop the leading ${first}`);
  });

  it('names that merely contain those characters are fine', () => {
    expect(parseConfig(`${HEAD}[metrics."a=b"]\nvalue = 1\n[metrics."x-y@z"]\nvalue = 1\n`).diagnostics).toEqual([]);
  });
});

describe('names with control characters', () => {
  it('are accepted, and messages spell them as escapes on one line', () => {
    const text = `${HEAD}[metrics."a\\nb\\u0007"]\nvalue = 1\ncolour = 1\n`;
    const { config, diagnostics } = parseConfig(text);
    expect(config?.metrics[0]?.name).toBe('a\nb\u0007');
    expect(diagnostics.map((d) => d.message)).toEqual(['unknown key `colour` in [metrics.a\\nb\\u0007], ignored']);
  });
});

describe('the CSV header and the JSON carry the same names', () => {
  const name = fc
    .string({ unit: 'binary', minLength: 1, maxLength: 12 })
    .filter((s) => !LONE_SURROGATE.test(s) && s.trim() !== '');
  const tricky = fc.constantFrom('a,b', 'say "hi"', 'two\nlines', 'cr\r\nlf', ' padded ', '😀', 'x\u2028y', '"', ',', '404');

  it('for every valid name: quotes, commas, line breaks, characters outside the BMP', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.oneof(name, tricky), { minLength: 1, maxLength: 3 }), (names) => {
        const text = HEAD + names.map((n, i) => `[metrics.${tomlString(n)}]\nvalue = ${i}\n`).join('');
        const { config, diagnostics } = parseConfig(text);
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        if (!config) throw new Error('no config');
        const result = generate(config);
        const json = JSON.parse(toJson(result)) as { metrics: { name: string }[] };
        expect(json.metrics.map((m) => m.name)).toEqual(names);
        expect(csvHeaderFields(toCsv(result))).toEqual(names);
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('a lone surrogate can no longer reach the files (it used to be U+FFFD in the CSV, \\ud800 in the JSON)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff'), (around, half) => {
        fc.pre(LONE_SURROGATE.test(around + half)); // a low half after a high one makes a pair
        const { config, diagnostics } = parseConfig(`${HEAD}[metrics.${tomlString(`${around}${half}`)}]\nvalue = 1\n`);
        expect(config).toBeUndefined();
        expect(diagnostics.some((d) => d.severity === 'error' && d.message.includes('not valid Unicode'))).toBe(true);
      }),
      { seed: 12, numRuns: 200 },
    );
  });
});
