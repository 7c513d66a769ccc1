import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../parseConfig.ts';

/** The one syntax diagnostic of `text`: line:column, the underlined text and the message. */
function syntax(text: string): [string, string, string] {
  const { diagnostics } = parseConfig(text);
  expect(diagnostics).toHaveLength(1);
  const d = diagnostics[0]!;
  return [`${d.line}:${d.column}`, text.slice(d.from, d.to), d.message.replace(/^TOML syntax error: /, '')];
}

describe('syntax errors in words people use, underlining the token at fault', () => {
  it.each([
    ['a header missing its ]', '[general\nseed = 1\n', ['1:1', '[general', '`[general` is missing its closing `]`: a table header is written [general]']],
    ['an array-of-tables header missing a ]', '[[anomalies.cpu]\nat = 1\n', ['1:1', '[[anomalies.cpu]', '`[[anomalies.cpu]` is missing its closing `]]`: an array of tables is written [[anomalies.cpu]]']],
    ['an unclosed string', '[general]\nname = "abc\nseed = 1\n', ['2:8', '"abc', 'the string `"abc` is not closed: end it with " on the same line']],
    ['an unclosed string at the end of the text', 'name = "abc', ['1:8', '"abc', 'the string `"abc` is not closed: end it with " on the same line']],
    ['an unclosed literal string before a comment-like #', "x = 'abc # x\n", ['1:5', "'abc # x", "the string `'abc # x` is not closed: end it with ' on the same line"]],
    ['an unclosed multi-line string', 'name = """abc\n', ['1:8', '"""abc', 'the multi-line string `"""abc` is never closed: end it with """']],
    ['a control character in a string', 'a = "x\u0001"\n', ['1:7', '\u0001', 'a string cannot hold the control character U+0001: write it as \\u0001']],
    ['a key set twice', '[general]\nseed = 1\nnum_samples = 2\nseed = 3\n', ['4:1', 'seed', '`seed` is already set on line 2']],
    ['a key set twice in an inline table', 'a = { b = 1, b = 2 }\n', ['1:14', 'b', '`b` is already set on line 1']],
    ['a table defined twice', '[general]\nseed = 1\n[metrics.a]\nvalue = 1\n[general]\nx = 1\n', ['5:2', 'general', '[general] is already defined on line 1: put its keys there']],
    ['[x] after [[x]]', '[[anomalies]]\nat = 1\n[anomalies]\nx = 1\n', ['3:2', 'anomalies', '`anomalies` is an array of tables ([[anomalies]], line 1); [anomalies] redefines it']],
    ['[[x]] after [x]', '[anomalies.cpu]\nat = 1\n[[anomalies.cpu]]\nx = 1\n', ['3:3', 'anomalies.cpu', '`anomalies.cpu` is already a table ([anomalies.cpu] on line 1); [[anomalies.cpu]] cannot make it an array of tables']],
    ['a table over a value', '[a]\nb = 1\n[a.b]\nc = 1\n', ['3:2', 'a.b', '`a.b` is already set on line 2; [a.b] redefines it']],
    ['a dotted key under a value', 'a = 1\na.b = 2\n', ['2:1', 'a.b', '`a` is already set to a value on line 1, so `a.b` cannot add a key to it']],
    ['an invalid character in a key', '[general]\nse$ed = 1\n', ['2:1', 'se$ed', '`$` cannot appear in the key `se$ed`: a bare key has letters, digits, `_` and `-`; quote it to use others']],
    ['a space in a key', '[general]\nnum samples = 1\n', ['2:1', 'num samples', 'the key `num samples` has a space in it: write `num_samples`, or quote it: "num samples"']],
    ['a space in a table name', '[gen eral]\nx = 1\n', ['1:2', 'gen eral', 'the table name `gen eral` has a space in it: write `gen_eral`, or quote it: "gen eral"']],
    ['a key without =', '[general]\nseed 1\n', ['2:1', 'seed 1', '`seed 1` has no `=`: a key is followed by `=` and a value, such as `seed = 1`']],
    ['a value missing after =', '[general]\nseed =\nx = 1\n', ['2:1', 'seed =', '`seed` has no value: write one after `=`']],
    ['a value missing before a comment', '[general]\nseed = # later\n', ['2:1', 'seed =', '`seed` has no value: write one after `=`']],
    ['a value missing at the end of the text', '[general]\nseed =', ['2:1', 'seed =', '`seed` has no value: write one after `=`']],
    ['an unquoted word', '[general]\nnoise = gaussian\n', ['2:9', 'gaussian', '`gaussian` is not a TOML value: text needs quotes, "gaussian"']],
    ['a capitalised boolean', 'a = True\n', ['1:5', 'True', '`True` is written in lower case: `true`']],
    ['anything else keeps the parser’s words', 'value = 60x\n', ['1:11', 'x', 'illegal character in numeric literal']],
  ] as const)('%s', (_name, text, expected) => {
    expect(syntax(text)).toEqual(expected);
  });

  it('never throws, and always underlines a non-empty range', () => {
    const pieces = ['[', ']', '[[', ']]', 'a', 'b.c', ' ', '=', '"', "'", '"""', '#', '\n', '1', 'x y', '{', '}', ',', '$'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const d of parseConfig(text).diagnostics) {
          if (!d.message.startsWith('TOML syntax error')) continue;
          expect(d.to).toBeGreaterThan(d.from);
          expect(d.to).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('validation reports every independent error in one pass', () => {
  it('errors in [general], two metrics, an anomaly and [output] all come out together', () => {
    const text = `[general]
num_samples = 100
seed = "x"

[metrics.cpu]
value = "a"
noise = "gaussian"
noise_args = { scale = -1 }

[metrics.mem]
value = 1
min = 5
max = 1

[anomalies.cpu]
at = 1
recovery_time = 0
anomaly_factor = 2
pattern = "spike"

[anomalies.disk]
at = 1

[output]
labels = "some"
`;
    const { config, diagnostics } = parseConfig(text);
    expect(config).toBeUndefined();
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.line)).toEqual([3, 6, 8, 13, 17, 19, 21, 25]);
  });
});
