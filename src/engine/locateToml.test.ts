import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { locateToml, MAX_KEY_SEGMENTS, type TomlLocations } from './locateToml.ts';

const EXAMPLE = `# Configuration for chaos experiment data generator

[general]
num_samples = 150
seed = 42

[metrics]

    [metrics.instances]
    value = 4
    step_size=1
    noise = "exponential"
    noise_args = {"scale" = 0.48, "smoothing_window" = 30}

[anomalies]

    [anomalies.memory_usage_mb]
    at = 10
    pattern_args = {"frequency" = 0.3}
`;

/** The source text of an entry's key and value, or undefined when the path is not found. */
function slices(text: string, locs: TomlLocations, path: readonly string[]): { key: string; value: string } | undefined {
  const e = locs.entry(path);
  return e && { key: text.slice(e.key.from, e.key.to), value: text.slice(e.value.from, e.value.to) };
}

function at(text: string, path: readonly string[]): { key: string; value: string } | undefined {
  return slices(text, locateToml(text), path);
}

describe('locateToml on the example config', () => {
  const locs = locateToml(EXAMPLE);
  const get = (...path: string[]) => slices(EXAMPLE, locs, path);

  it('locates quoted keys and values inside an inline table', () => {
    expect(get('metrics', 'instances', 'noise_args', 'scale')).toEqual({ key: '"scale"', value: '0.48' });
    expect(get('metrics', 'instances', 'noise_args', 'smoothing_window')).toEqual({ key: '"smoothing_window"', value: '30' });
    expect(get('anomalies', 'memory_usage_mb', 'pattern_args', 'frequency')).toEqual({ key: '"frequency"', value: '0.3' });
  });

  it('locates the inline table itself and plain key/values', () => {
    expect(get('metrics', 'instances', 'noise_args')).toEqual({
      key: 'noise_args',
      value: '{"scale" = 0.48, "smoothing_window" = 30}',
    });
    expect(get('metrics', 'instances', 'step_size')).toEqual({ key: 'step_size', value: '1' });
    expect(get('metrics', 'instances', 'noise')).toEqual({ key: 'noise', value: '"exponential"' });
    expect(get('general', 'seed')).toEqual({ key: 'seed', value: '42' });
  });

  it('locates a table by its header', () => {
    expect(get('metrics', 'instances')).toEqual({ key: 'instances', value: '[metrics.instances]' });
    expect(get('general')).toEqual({ key: 'general', value: '[general]' });
    expect(get('metrics')).toEqual({ key: 'metrics', value: '[metrics]' });
  });

  it('lists children in source order', () => {
    expect(locs.children([])).toEqual(['general', 'metrics', 'anomalies']);
    expect(locs.children(['metrics'])).toEqual(['instances']);
    expect(locs.children(['metrics', 'instances'])).toEqual(['value', 'step_size', 'noise', 'noise_args']);
    expect(locs.children(['metrics', 'instances', 'noise_args'])).toEqual(['scale', 'smoothing_window']);
  });

  it('answers undefined / empty for unknown paths', () => {
    expect(locs.entry(['metrics', 'cpu'])).toBeUndefined();
    expect(locs.entry([])).toBeUndefined();
    expect(locs.children(['nope', 'deeper'])).toEqual([]);
  });

  it('gives the same ranges with CRLF line endings, none including the \\r', () => {
    const crlf = EXAMPLE.replaceAll('\n', '\r\n');
    const l = locateToml(crlf);
    expect(slices(crlf, l, ['general', 'seed'])).toEqual({ key: 'seed', value: '42' });
    expect(slices(crlf, l, ['metrics', 'instances'])).toEqual({ key: 'instances', value: '[metrics.instances]' });
    expect(slices(crlf, l, ['metrics', 'instances', 'noise_args', 'scale'])).toEqual({ key: '"scale"', value: '0.48' });
    expect(slices(crlf, l, ['anomalies', 'memory_usage_mb', 'at'])).toEqual({ key: 'at', value: '10' });
    expect(l.children(['metrics', 'instances'])).toEqual(['value', 'step_size', 'noise', 'noise_args']);
  });
});

describe('keys', () => {
  it('treats quoted and bare keys as the same path', () => {
    expect(at('"scale" = 1', ['scale'])).toEqual({ key: '"scale"', value: '1' });
    expect(at('scale = 1', ['scale'])).toEqual({ key: 'scale', value: '1' });
    expect(at("'scale' = 1", ['scale'])).toEqual({ key: "'scale'", value: '1' });
  });

  it('decodes escapes in basic keys but not in literal keys', () => {
    const text = String.raw`"a\"b\u00e9\U0001F600\n" = 1
'c:\path' = 2
"" = 3
"\\x" = 4`;
    expect(at(text, ['a"bé😀\n'])).toEqual({ key: String.raw`"a\"b\u00e9\U0001F600\n"`, value: '1' });
    expect(at(text, ['c:\\path'])).toEqual({ key: "'c:\\path'", value: '2' });
    expect(at(text, [''])).toEqual({ key: '""', value: '3' });
    expect(at(text, ['\\x'])).toEqual({ key: String.raw`"\\x"`, value: '4' });
  });

  it('splits dotted keys, with spaces around dots and dots inside quotes', () => {
    const text = 'metrics.cpu.value = 60\na . "b.c" . d = true\n';
    expect(at(text, ['metrics', 'cpu', 'value'])).toEqual({ key: 'value', value: '60' });
    // a table defined only by a dotted key points at its own segment
    expect(at(text, ['metrics', 'cpu'])).toEqual({ key: 'cpu', value: 'cpu' });
    expect(at(text, ['a', 'b.c', 'd'])).toEqual({ key: 'd', value: 'true' });
    expect(at(text, ['a', 'b.c'])).toEqual({ key: '"b.c"', value: '"b.c"' });
    expect(locateToml(text).children(['a'])).toEqual(['b.c']);
  });

  it('makes keys after a header relative to it, and dotted keys there define sub-tables', () => {
    const text = '[metrics.cpu]\nnoise_args.scale = -1\n';
    expect(at(text, ['metrics', 'cpu', 'noise_args', 'scale'])).toEqual({ key: 'scale', value: '-1' });
    expect(at(text, ['metrics', 'cpu', 'noise_args'])).toEqual({ key: 'noise_args', value: 'noise_args' });
    expect(locateToml(text).entry(['noise_args'])).toBeUndefined();
  });
});

describe('tables', () => {
  it('locates the sub-table form of noise_args', () => {
    const text = '[metrics.cpu]\nvalue = 60\n\n[metrics.cpu.noise_args]\nscale = -1 # bad\nloc=0\n';
    expect(at(text, ['metrics', 'cpu', 'noise_args'])).toEqual({ key: 'noise_args', value: '[metrics.cpu.noise_args]' });
    expect(at(text, ['metrics', 'cpu', 'noise_args', 'scale'])).toEqual({ key: 'scale', value: '-1' });
    expect(locateToml(text).children(['metrics', 'cpu'])).toEqual(['value', 'noise_args']);
    expect(locateToml(text).children(['metrics', 'cpu', 'noise_args'])).toEqual(['scale', 'loc']);
  });

  it('lets an explicit header replace a table first implied by a longer header', () => {
    const text = '[ a . "b" ]\nx = 1\n[a]\ny = 2\n';
    expect(at(text, ['a'])).toEqual({ key: 'a', value: '[a]' });
    expect(at(text, ['a', 'b'])).toEqual({ key: '"b"', value: '[ a . "b" ]' });
    expect(locateToml(text).children(['a'])).toEqual(['b', 'y']);
  });

  it('keeps the first definition when a path is defined twice', () => {
    const text = 'a = 1\na = 2\n[t]\n[t]\n';
    expect(at(text, ['a'])).toEqual({ key: 'a', value: '1' });
    expect(locateToml(text).entry(['t'])?.value).toEqual({ from: 12, to: 15 });
    expect(locateToml(text).children([])).toEqual(['a', 't']);
  });

  it('numbers the elements of an array of tables', () => {
    const text = '[[fruits]]\nname = "apple"\n[fruits.physical]\ncolor = "red"\n\n[[fruits]]\nname = "banana"\n[[fruits.variety]]\nname = "plantain"\n';
    const l = locateToml(text);
    expect(slices(text, l, ['fruits', '0', 'name'])?.value).toBe('"apple"');
    expect(slices(text, l, ['fruits', '0', 'physical', 'color'])?.value).toBe('"red"');
    expect(slices(text, l, ['fruits', '1', 'name'])?.value).toBe('"banana"');
    expect(slices(text, l, ['fruits', '1', 'variety', '0', 'name'])?.value).toBe('"plantain"');
    expect(slices(text, l, ['fruits', '1'])).toEqual({ key: 'fruits', value: '[[fruits]]' });
    expect(l.children(['fruits'])).toEqual(['0', '1']);
    expect(l.children(['fruits', '0'])).toEqual(['name', 'physical']);
  });
});

describe('values', () => {
  it('finds the whole token of every scalar kind, trimmed, without the comment', () => {
    const text = [
      'a = +1_000',
      'b = 0x1F # hex',
      'c = 1e-5',
      'd = -nan',
      'e = inf\t',
      'f = 1979-05-27 07:32:00   # local date-time',
      'g = 1979-05-27T00:32:00.999999-07:00',
      'h = false',
      'i = "x # not a comment, \\"quoted\\""  # real comment',
      "j = 'C:\\Users\\x'",
    ].join('\n');
    const l = locateToml(text);
    const value = (k: string) => slices(text, l, [k])?.value;
    expect(value('a')).toBe('+1_000');
    expect(value('b')).toBe('0x1F');
    expect(value('c')).toBe('1e-5');
    expect(value('d')).toBe('-nan');
    expect(value('e')).toBe('inf');
    expect(value('f')).toBe('1979-05-27 07:32:00');
    expect(value('g')).toBe('1979-05-27T00:32:00.999999-07:00');
    expect(value('h')).toBe('false');
    expect(value('i')).toBe('"x # not a comment, \\"quoted\\""');
    expect(value('j')).toBe("'C:\\Users\\x'");
  });

  it('skips multi-line strings containing =, [ and #', () => {
    const basic = '"""\nx = 1 \\""" [y] # z\n  ends with a backslash \\\n  "quoted" """"';
    const literal = "'''[q] = # \"\"\" \\'''";
    const text = `a = ${basic}\nb = ${literal}\n[t]\nc = 1\n`;
    const l = locateToml(text);
    expect(slices(text, l, ['a'])?.value).toBe(basic);
    expect(slices(text, l, ['b'])?.value).toBe(literal);
    expect(slices(text, l, ['t', 'c'])?.value).toBe('1');
    expect(l.children([])).toEqual(['a', 'b', 't']);
  });

  it('records nested inline tables under their parent path', () => {
    const inner = '{ b = [1, {c = 2}] , d.e = "}" }';
    const outer = `{ a = ${inner}, f = 3 }`;
    const text = `x = ${outer}\ny = 4\n`;
    const l = locateToml(text);
    expect(slices(text, l, ['x'])?.value).toBe(outer);
    expect(slices(text, l, ['x', 'a'])?.value).toBe(inner);
    expect(slices(text, l, ['x', 'a', 'b'])?.value).toBe('[1, {c = 2}]');
    expect(slices(text, l, ['x', 'a', 'b', '1', 'c'])).toEqual({ key: 'c', value: '2' });
    expect(slices(text, l, ['x', 'a', 'd', 'e'])).toEqual({ key: 'e', value: '"}"' });
    expect(slices(text, l, ['x', 'f'])).toEqual({ key: 'f', value: '3' });
    expect(l.children(['x'])).toEqual(['a', 'f']);
    expect(l.children([])).toEqual(['x', 'y']);
  });

  it('accepts inline tables spanning lines with a trailing comma (TOML 1.1, as smol-toml)', () => {
    const table = '{\n  scale = 2, # why\n  loc = 0,\n}';
    const text = `noise_args = ${table}\nafter = 1`;
    expect(at(text, ['noise_args'])?.value).toBe(table);
    expect(at(text, ['noise_args', 'loc'])).toEqual({ key: 'loc', value: '0' });
    expect(at(text, ['after'])?.value).toBe('1');
  });

  it('skips arrays spanning lines with comments, brackets in strings and nested tables', () => {
    const array = '[\n  1, # one ] }\n  [2, [3]], # nested\n  { k = "v" },\n  "]", \'[\',\n]';
    const text = `[t]\narr = ${array}\nafter = true\n`;
    const l = locateToml(text);
    expect(slices(text, l, ['t', 'arr'])?.value).toBe(array);
    expect(slices(text, l, ['t', 'arr', '2', 'k'])).toEqual({ key: 'k', value: '"v"' });
    expect(slices(text, l, ['t', 'after'])).toEqual({ key: 'after', value: 'true' });
    expect(l.children(['t'])).toEqual(['arr', 'after']);
  });
});

describe('robustness', () => {
  /** Every recorded range, found by walking children() from the root. */
  function allRanges(l: TomlLocations): { from: number; to: number }[] {
    const out: { from: number; to: number }[] = [];
    const stack: string[][] = [[]];
    for (let path = stack.pop(); path !== undefined && out.length < 10_000; path = stack.pop()) {
      const e = l.entry(path);
      if (e) out.push(e.key, e.value);
      for (const k of l.children(path)) stack.push([...path, k]);
    }
    return out;
  }

  const tomlish = fc.string({
    unit: fc.constantFrom('[', ']', '{', '}', '"', "'", '=', '#', '.', ',', '\\', '\n', '\r', ' ', 'a', '1', 'u', 'U'),
    maxLength: 200,
  });

  it('never throws and records only ranges inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), tomlish), (text) => {
        for (const r of allRanges(locateToml(text))) {
          expect(0 <= r.from && r.from <= r.to && r.to <= text.length).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('finds what follows unterminated strings on the next line', () => {
    expect(at('a = "open\nb = 1', ['b'])?.value).toBe('1');
    expect(at("a = 'open\nb = 1", ['b'])?.value).toBe('1');
    expect(at('"open = 1\nb = 2', ['b'])?.value).toBe('2');
    expect(at('a = """never closed\nb = 1', ['a'])?.value).toBe('"""never closed\nb = 1');
    // a backslash as the last character must not push the range past the end of the text
    const tail = 'a = """x\\';
    expect(locateToml(tail).entry(['a'])?.value).toEqual({ from: 4, to: tail.length });
  });

  it('keeps an out-of-range unicode escape in a key literally instead of throwing', () => {
    expect(at(String.raw`"\U00110000" = 1`, ['\\U00110000'])?.value).toBe('1');
  });

  it('survives nesting far deeper than the stack', () => {
    const depth = 200_000;
    const text = `a = ${'['.repeat(depth)}${']'.repeat(depth)}\nb = ${'{x='.repeat(depth)}1${'}'.repeat(depth)}\nc = 1\n${'['.repeat(depth)}`;
    const l = locateToml(text);
    expect(slices(text, l, ['c'])?.value).toBe('1');
    expect(l.entry(['a'])?.value.to).toBe(4 + 2 * depth);
  });

  it('locates the last key of a 2 MB document', () => {
    const parts: string[] = [];
    let size = 0;
    let count = 0;
    while (size < 2_000_000) {
      const table = `[metrics.m${count}]\nvalue = ${count}\nnoise = "gaussian" # comment\nnoise_args = { "scale" = 0.5, loc = [1, 2, { k = 'v' }] }\n\n`;
      parts.push(table);
      size += table.length;
      count++;
    }
    const last = count - 1;
    // dotted keys last: one as deep as may be located, and a 100,000-segment one, which is
    // reported instead of being walked (parseConfig refuses it before smol-toml builds 100,000 tables)
    const deepest = `a.${'b.'.repeat(MAX_KEY_SEGMENTS - 2)}c`;
    const tooDeep = `a.${'b.'.repeat(100_000)}c`;
    const text = parts.join('') + `[deep]\n${deepest} = 1\n${tooDeep} = 2\n`;
    const l = locateToml(text);
    expect(l.children(['metrics'])).toHaveLength(count);
    expect(slices(text, l, ['metrics', `m${last}`, 'noise_args', 'scale'])).toEqual({ key: '"scale"', value: '0.5' });
    expect(slices(text, l, ['deep', 'a', ...Array<string>(MAX_KEY_SEGMENTS - 2).fill('b'), 'c'])).toEqual({ key: 'c', value: '1' });
    expect(l.tooDeep?.segments).toBe(100_002);
    expect(text.slice(l.tooDeep?.range.from, l.tooDeep?.range.to)).toBe(tooDeep);
  });
});
