import fc from 'fast-check';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { setValues, type ValueEdit } from './setValues.ts';
import { applyEdits } from './textEdit.ts';

/** The text after the edits, or the reason they could not be made. */
function edited(text: string, edits: readonly ValueEdit[]): string {
  const r = setValues(text, edits);
  return r.ok ? applyEdits(text, r.changes) : `refused: ${r.reason}`;
}

const CONFIG = `# the demo
[general]
num_samples = 1_000   # a thousand
seed = 42

[metrics.cpu]
  value = 60.0
  noise = 'gaussian'
  noise_args = { loc = 0, scale = 1 }   # unit noise

[[anomalies.cpu]]
at = "5m"
recovery_time = 30

[[anomalies.cpu]]
at = 2026-03-02T00:10:00Z
recovery_time = 10
`;

describe('setValues replaces only the value token', () => {
  it('keeps comments, layout and the spelling of every other value', () => {
    expect(edited(CONFIG, [{ path: ['general', 'seed'], value: 7 }])).toBe(CONFIG.replace('seed = 42', 'seed = 7'));
    expect(edited(CONFIG, [{ path: ['anomalies', 'cpu', 1, 'recovery_time'], value: 12 }])).toBe(CONFIG.replace('recovery_time = 10', 'recovery_time = 12'));
    expect(edited(CONFIG, [{ path: ['metrics', 'cpu', 'noise_args', 'scale'], value: 2.5 }])).toBe(CONFIG.replace('scale = 1 }', 'scale = 2.5 }'));
  });
  it('keeps a float a float and a literal string literal', () => {
    expect(edited(CONFIG, [{ path: ['metrics', 'cpu', 'value'], value: 61 }])).toBe(CONFIG.replace('value = 60.0', 'value = 61.0'));
    expect(edited(CONFIG, [{ path: ['metrics', 'cpu', 'noise'], value: 'laplace' }])).toBe(CONFIG.replace("'gaussian'", "'laplace'"));
    expect(edited(CONFIG, [{ path: ['metrics', 'cpu', 'noise'], value: "it's" }])).toBe(CONFIG.replace("'gaussian'", '"it\'s"'));
    expect(edited('a = "x"\n', [{ path: ['a'], value: 'tab\there "q" \\ \u0001' }])).toBe('a = "tab\\there \\"q\\" \\\\ \\u0001"\n');
  });
  it('writes a literal exactly as given, and only one value', () => {
    expect(edited(CONFIG, [{ path: ['anomalies', 'cpu', 1, 'at'], value: { toml: '2026-03-02T00:20:00Z' } }])).toBe(CONFIG.replace('00:10:00Z', '00:20:00Z'));
    expect(edited(CONFIG, [{ path: ['general', 'seed'], value: { toml: '1 # more' } }])).toMatch(/^refused: `general.seed`: `1 # more` is not one TOML value/);
    expect(edited(CONFIG, [{ path: ['general', 'seed'], value: { toml: '1\nb = 2' } }])).toMatch(/^refused/);
  });
  it('makes several edits at once, sorted and apart', () => {
    const r = setValues(CONFIG, [{ path: ['anomalies', 'cpu', '0', 'recovery_time'], value: 31 }, { path: ['general', 'seed'], value: 1 }]);
    expect(r.ok && r.changes.map((c) => CONFIG.slice(c.from, c.to))).toEqual(['42', '30']);
  });
});

describe('setValues adds a missing key where its table is written', () => {
  it.each([
    ['after a header, indented like its keys', ['metrics', 'cpu', 'min'], '[metrics.cpu]\n  value = 60\n', '[metrics.cpu]\n  min = 0\n  value = 60\n'],
    ['into an element of an array of tables', ['anomalies', 'cpu', 1, 'delta'], '[[anomalies.cpu]]\nat = 1\n[[anomalies.cpu]]\nat = 2\n', '[[anomalies.cpu]]\nat = 1\n[[anomalies.cpu]]\ndelta = 0\nat = 2\n'],
    ['into an inline table', ['m', 'noise_args', 'scale'], 'm = { noise_args = { loc = 1 } }\n', 'm = { noise_args = { scale = 0, loc = 1 } }\n'],
    ['into an empty inline table', ['m', 'scale'], 'm = {}\n', 'm = { scale = 0 }\n'],
    ['next to dotted keys', ['t', 'a', 'c'], '[t]\n  a.b = 1\n', '[t]\n  a.c = 0\n  a.b = 1\n'],
    ['a table made by dotted keys, under a missing table', ['t', 'a', 'x', 'y'], '[t]\na.b = 1\n', '[t]\na.x.y = 0\na.b = 1\n'],
    ['a new table before the first header', ['output', 'time'], 'x = 1\n# c\n[metrics.a]\nvalue = 1\n', 'x = 1\n# c\n[output]\ntime = 0\n\n[metrics.a]\nvalue = 1\n'],
    ['a root key', ['title'], '[a]\nb = 1\n', 'title = 0\n[a]\nb = 1\n'],
    ['a key in a sub-table of a header-only prefix', ['general', 'seed'], '[general.sub]\nx = 1\n', '[general]\nseed = 0\n\n[general.sub]\nx = 1\n'],
    ['CRLF text', ['a', 'c'], '[a]\r\nb = 1\r\n', '[a]\r\nc = 0\r\nb = 1\r\n'],
    ['after a last header without a newline', ['a', 'c'], 'x = 1\n[a]', 'x = 1\n[a]\nc = 0'],
    ['a quoted key', ['a', 'my key'], '[a]\n', '[a]\n"my key" = 0\n'],
  ])('%s', (_name, path, before, after) => {
    expect(edited(before, [{ path, value: 0 }])).toBe(after);
  });
  it('puts several new keys of one table together', () => {
    expect(edited('m = {}\n', [{ path: ['m', 'a'], value: 1 }, { path: ['m', 'b'], value: 2 }])).toBe('m = { a = 1, b = 2 }\n');
    expect(edited('[z]\n', [{ path: ['x', 'a'], value: 1 }, { path: ['x', 'b'], value: 2 }, { path: ['r'], value: 3 }])).toBe('r = 3\n[x]\na = 1\nb = 2\n\n[z]\n');
  });
});

describe('setValues says why it cannot', () => {
  it.each([
    ['a table is not a value', [{ path: ['a'], value: 1 }], '[a]\nb = 1\n', '`a` is a table, not a value'],
    ['a value is not a table', [{ path: ['a', 'b'], value: 1 }], 'a = 5\n', '`a.b`: `a` is a value, not a table'],
    ['an array of tables needs an element', [{ path: ['a', 'b'], value: 1 }], '[[a]]\nc = 1\n', '`a.b`: `a` is an array of tables; name an element, such as `a.0.b`'],
    ['an element that is not there', [{ path: ['a', 3, 'b'], value: 1 }], '[[a]]\nc = 1\n', '`a.3.b`: there is no element 3 to set a key in'],
    ['a path set twice', [{ path: ['a'], value: 1 }, { path: ['a'], value: 2 }], 'a = 0\n', '`a` is set twice'],
    ['a table and a key inside it', [{ path: ['a'], value: 1 }, { path: ['a', 'b'], value: 2 }], 'a = 0\n', '`a` is set and so is `a.b` inside it'],
    ['no key named', [{ path: [], value: 1 }], 'a = 0\n', 'an edit names no key'],
  ] as const)('%s', (_name, edits, text, reason) => {
    expect(setValues(text, edits)).toEqual({ ok: false, reason });
  });
});

describe('random edits of config-like TOML', () => {
  const LINES = ['[general]', '  [general] # g', '[metrics.a]', '[[anomalies.a]]', 'seed = 5', '"seed" = 6 # six', 'num_samples = 1_000', '    value = 1.5',
    'general.num_samples = 3', 'general = { num_samples = 2 }', 'noise = { scale = 1 } # n', '# comment', '', 'x = [', '  [1],', ']', 'at = "5m"', "unit = 'ms'"];
  const KEYS = ['general', 'seed', 'num_samples', 'metrics', 'a', 'anomalies', 'noise', 'scale', 'value', 'x', 'at', 'unit', '0', 'new key'];
  const VALUES = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string({ maxLength: 8 }), fc.boolean());
  /** Sets `path` in parsed data the way the locator reads paths: an index names an array's element. */
  const setIn = (data: Record<string, unknown>, path: readonly string[], value: unknown): void => {
    let node: unknown = data;
    for (const seg of path.slice(0, -1)) {
      if (Array.isArray(node)) node = node[Number(seg)];
      else {
        const obj = node as Record<string, unknown>;
        obj[seg] ??= {};
        node = obj[seg];
      }
    }
    const last = path[path.length - 1]!;
    if (Array.isArray(node)) node[Number(last)] = value;
    else (node as Record<string, unknown>)[last] = value;
  };

  it('parse after the edit gives the new value and everything else as it was; comments stay', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(LINES), fc.boolean(), fc.array(fc.tuple(fc.array(fc.constantFrom(...KEYS), { minLength: 1, maxLength: 3 }), VALUES), { minLength: 1, maxLength: 3 }), (lines, crlf, raw) => {
        const text = lines.join(crlf ? '\r\n' : '\n');
        let before: Record<string, unknown>;
        try {
          before = parse(text);
        } catch {
          return; // only valid TOML has a meaning to preserve
        }
        const edits = raw.map(([path, value]) => ({ path, value }));
        const r = setValues(text, edits);
        if (!r.ok) return;
        const after = applyEdits(text, r.changes);
        const expected = structuredClone(before);
        for (const { path, value } of edits) setIn(expected, path, value);
        expect(parse(after)).toEqual(expected);
        // every comment outside the replaced values (a multi-line array may hold one) is still there
        const untouched = applyEdits(text, r.changes.map((c) => ({ ...c, insert: '' })));
        for (const line of lines) if (line.includes('#') && untouched.includes(line)) expect(after).toContain(line.slice(line.indexOf('#')));
        for (const [i, c] of r.changes.entries()) expect(c.from).toBeGreaterThanOrEqual(r.changes[i - 1]?.to ?? 0);
      }),
      { numRuns: 1500 },
    );
  });
});
