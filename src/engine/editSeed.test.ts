import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parseSeedLiteral, readSeed, seedEdit, type TextEdit } from './editSeed.ts';
import { parseConfig } from './parseConfig.ts';
import { MAX_SEED } from './rng.ts';

const apply = (text: string, e: TextEdit): string => text.slice(0, e.from) + e.insert + text.slice(e.to);
const withSeed = (text: string, seed: number): string => apply(text, seedEdit(text, seed));

const configsDir = new URL('../../configs/', import.meta.url);
const configs = readdirSync(configsDir).filter((f) => f.endsWith('.toml')).map((f) => [f, readFileSync(new URL(f, configsDir), 'utf8')] as const);
const EXAMPLE = configs.find(([f]) => f === 'config.toml')?.[1] ?? '';

/** The edit changed the seed to `seed` and nothing else the engine reads (warnings included). */
function expectOnlySeedChanged(before: string, seed: number): string {
  const after = withSeed(before, seed);
  const a = parseConfig(before);
  const b = parseConfig(after);
  expect(a.config).toBeDefined();
  expect(b.config).toEqual({ ...a.config, seed });
  expect(b.diagnostics.map((d) => d.message)).toEqual(a.diagnostics.map((d) => d.message));
  expect(readSeed(after)).toBe(seed);
  return after;
}

describe('every example config', () => {
  it.each(configs)('%s: the seed changes and nothing else does', (_name, text) => {
    for (const seed of [0, 1, 123456789, MAX_SEED]) expectOnlySeedChanged(text, seed);
  });
  it.each(configs)('%s: without a seed line, one is added and nothing else changes', (_name, text) => {
    const unseeded = text.replace(/^[ \t]*seed[ \t]*=.*\r?\n/m, '');
    expect(readSeed(unseeded)).toBeUndefined();
    expectOnlySeedChanged(unseeded, 99);
  });
  it('reads the example’s seed as the engine does', () => {
    expect(readSeed(EXAMPLE)).toBe(42);
    expect(withSeed(EXAMPLE, 7)).toBe(EXAMPLE.replace('seed = 42', 'seed = 7'));
  });
});

const METRIC = '\n[metrics.cpu]\nvalue = 60\nnoise = "gaussian"\n';
describe('tricky spellings', () => {
  it.each([
    ['a trailing comment', '[general]\nnum_samples = 5\nseed = 42 # fixed for the demo\n', '[general]\nnum_samples = 5\nseed = 7 # fixed for the demo\n'],
    ['a double-quoted key', '[general]\n"seed" = 42\nnum_samples = 5\n', '[general]\n"seed" = 7\nnum_samples = 5\n'],
    ['a literal-quoted key', "[general]\n'seed'=42\nnum_samples = 5\n", "[general]\n'seed'=7\nnum_samples = 5\n"],
    ['an inline general table', 'general = { num_samples = 10, seed = 1 }\n', 'general = { num_samples = 10, seed = 7 }\n'],
    ['an inline general table without a seed', 'general = { num_samples = 10 }\n', 'general = { seed = 7, num_samples = 10 }\n'],
    ['dotted general keys', 'general.num_samples = 10\ngeneral.seed = 3\n', 'general.num_samples = 10\ngeneral.seed = 7\n'],
    ['dotted general keys without a seed', '  general.num_samples = 10\n', '  general.seed = 7\n  general.num_samples = 10\n'],
    ['CRLF line ends', '[general]\r\nseed = 42\r\nnum_samples = 5\r\n', '[general]\r\nseed = 7\r\nnum_samples = 5\r\n'],
    ['CRLF without a seed', '[general]\r\nnum_samples = 5\r\n', '[general]\r\nseed = 7\r\nnum_samples = 5\r\n'],
    ['indented keys', '  [general]  # settings\n      num_samples = 5\n', '  [general]  # settings\n      seed = 7\n      num_samples = 5\n'],
    ['[general] last, with no final newline', `${METRIC}[general]\nnum_samples = 5`, `${METRIC}[general]\nseed = 7\nnum_samples = 5`],
    ['a hex seed', '[general]\nnum_samples = 5\nseed = 0x2A\n', '[general]\nnum_samples = 5\nseed = 7\n'],
    ['a byte-order mark', '\uFEFF[general]\nnum_samples = 5\n', '\uFEFF[general]\nseed = 7\nnum_samples = 5\n'],
    ['a byte-order mark before dotted keys', '\uFEFFgeneral.num_samples = 5\n', '\uFEFFgeneral.seed = 7\ngeneral.num_samples = 5\n'],
  ])('%s', (_name, before, expected) => {
    const text = before.includes('[metrics') || !before.includes('num_samples') ? before : before + METRIC;
    const want = text === before ? expected : expected + METRIC;
    expect(withSeed(text, 7)).toBe(want);
    expectOnlySeedChanged(text, 7);
  });

  it('adds a [general] table before the first header when there is none', () => {
    const text = '# my experiment\n\n[metrics.cpu]\nvalue = 1\n';
    const after = withSeed(text, 5);
    expect(after).toBe('# my experiment\n\n[general]\nseed = 5\n\n[metrics.cpu]\nvalue = 1\n');
    expect(readSeed(after)).toBe(5);
    // root keys stay at the root, and a line in an array that looks like a header is not one
    const rooted = 'title = "t"\nx = [\n  [1],\n]\n[metrics.cpu]\nvalue = 1\n';
    expect(withSeed(rooted, 5)).toBe('title = "t"\nx = [\n  [1],\n]\n[general]\nseed = 5\n\n[metrics.cpu]\nvalue = 1\n');
    expect(withSeed('\uFEFF[metrics.cpu]\r\nvalue = 1\r\n', 5)).toBe('\uFEFF[general]\r\nseed = 5\r\n\r\n[metrics.cpu]\r\nvalue = 1\r\n');
    expect(withSeed('', 5)).toBe('[general]\nseed = 5\n');
    expect(withSeed('x = 1', 5)).toBe('x = 1\n\n[general]\nseed = 5\n');
  });

  it('makes no edit where no edit can set a seed', () => {
    for (const text of ['[general.seed]\nx = 1\n', '[general]\nseed.x = 1\n', 'general = 5\n', '[[general]]\nnum_samples = 1\n']) {
      expect(seedEdit(text, 5)).toEqual({ from: 0, to: 0, insert: '' });
      expect(readSeed(text)).toBeUndefined();
    }
  });

  it.each([
    ['-1'], ['1.5'], ['4e2'], ['"42"'], ['9007199254740992'], ['007'], ['true'], [''], ['[1]'],
  ])('reads seed = %s as no valid seed, and the edit replaces it', (literal) => {
    const text = `[general]\nnum_samples = 5\nseed = ${literal}\n`;
    expect(readSeed(text)).toBeUndefined();
    expect(withSeed(text, 3)).toBe('[general]\nnum_samples = 5\nseed = 3\n');
  });

  it('parses seed literals the way TOML does', () => {
    expect(['42', '+42', '1_000', '0x2a', '0o52', '0b101010', '-0', ' 9007199254740991 '].map(parseSeedLiteral)).toEqual([42, 42, 1000, 42, 42, 42, 0, MAX_SEED]);
    expect(['-5', '1__0', '_1', '0x', '42.0', 'abc', '9007199254740992', '0X2A'].map(parseSeedLiteral)).toEqual(Array(8).fill(undefined));
  });

  it('refuses a seed that is not one (a caller bug)', () => {
    for (const bad of [-1, 1.5, NaN, Infinity, MAX_SEED + 1]) expect(() => seedEdit(EXAMPLE, bad)).toThrow(RangeError);
  });
});

describe('reading only the top of the text is exact', () => {
  it('is not fooled by a line inside a value that looks like a header', () => {
    const text = '[general]\nnum_samples = 5\ntags = [\n[1],\n]\nseed = 3\n[metrics.a]\nvalue = 1\n';
    expect(readSeed(text)).toBe(3);
    expect(withSeed(text, 4)).toBe(text.replace('seed = 3', 'seed = 4'));
  });
  it('finds [general] after the metrics, and a seed in a late inline table', () => {
    expect(readSeed(`${METRIC}[general]\nseed = 9\nnum_samples = 2\n`)).toBe(9);
    expect(readSeed(`x = 1\ngeneral = { seed = 8 }\n${METRIC}`)).toBe(8);
  });
});

describe('while other parts of the text are broken', () => {
  const broken = EXAMPLE.replace('value = 60', 'value = ').replace('noise_args = {"loc" = 0,', 'noise_args = {"loc" = 0');
  it('still reads and edits the seed, and only the seed', () => {
    expect(parseConfig(broken).config).toBeUndefined();
    expect(readSeed(broken)).toBe(42);
    expect(withSeed(broken, 8)).toBe(broken.replace('seed = 42', 'seed = 8'));
  });
  it('is not misled by an unclosed inline table above [general]', () => {
    const text = '[metrics.a]\nnoise_args = { loc = 0\n[general]\nnum_samples = 3\nseed = 5 # c\n';
    expect(readSeed(text)).toBe(5);
    expect(withSeed(text, 6)).toBe(text.replace('seed = 5', 'seed = 6'));
  });
  it('handles a seed being typed', () => {
    const text = '[general]\nseed = \nnum_samples = 3\n[metrics.a\n';
    expect(readSeed(text)).toBeUndefined();
    expect(withSeed(text, 12)).toBe('[general]\nseed = 12\nnum_samples = 3\n[metrics.a\n');
  });
  it('inserts after a [general] header of a broken text, indented like its keys', () => {
    const text = '[general]\n  num_samples = \n[metrics.a]\n';
    expect(withSeed(text, 4)).toBe('[general]\n  seed = 4\n  num_samples = \n[metrics.a]\n');
  });
  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 0, max: 2 ** 40 }), (text, seed) => {
        const e = seedEdit(text, seed);
        expect(e.from).toBeLessThanOrEqual(e.to);
        expect(e.to).toBeLessThanOrEqual(text.length);
        readSeed(text);
      }),
    );
  });
});

describe('on arbitrary valid TOML made of config-like lines', () => {
  const LINES = ['[general]', '  [general] # g', '[metrics.a]', '[anomalies.a]', 'seed = 5', '"seed" = 6 # six', 'num_samples = 9', '    value = 1',
    'general.num_samples = 3', 'general = { num_samples = 2 }', 'general = {}', '# comment', '', 'x = [', '  [1],', ']', 'seed.deep = 1', '[general.sub]'];
  it('the edit sets general.seed and changes no other value', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(LINES), fc.boolean(), fc.integer({ min: 0, max: 2 ** 40 }), (lines, crlf, seed) => {
        const text = lines.join(crlf ? '\r\n' : '\n');
        let before: Record<string, unknown>;
        try {
          before = parse(text);
        } catch {
          return; // only valid TOML has a meaning to preserve
        }
        const e = seedEdit(text, seed);
        if (e.insert === '') return; // blocked: general or seed is not something a seed fits in
        const after = parse(apply(text, e));
        const general = typeof before.general === 'object' && before.general !== null ? before.general : {};
        expect(after).toEqual({ ...before, general: { ...general, seed } });
        expect(readSeed(apply(text, e))).toBe(seed);
      }),
      { numRuns: 2000 },
    );
  });
});
