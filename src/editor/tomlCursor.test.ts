import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cursorContext } from './tomlCursor.ts';

/** Context at `|` in `doc`. */
const ctx = (doc: string) => cursorContext(doc.replace('|', ''), doc.indexOf('|'));

describe('cursorContext', () => {
  it('finds the table from the nearest complete header above, skipping blank lines and comments', () => {
    expect(ctx('[metrics.a]\nvalue = 1\n\n# note\n[anomalies.a]\n\n  |')).toMatchObject({ kind: 'key', container: ['anomalies', 'a'] });
    expect(ctx('\n\n|')).toMatchObject({ kind: 'key', container: [] });
  });

  it('follows quoted header segments and dotted keys', () => {
    expect(ctx('[metrics."a.b"]\nnoise_args.sc|')).toMatchObject({ kind: 'key', container: ['metrics', 'a.b', 'noise_args'], token: { prefix: 'sc' } });
  });

  it('nests inline tables, and leaves them after the closing brace', () => {
    expect(ctx('[metrics.a]\nnoise_args = { loc = 1, |}')).toMatchObject({ kind: 'key', container: ['metrics', 'a', 'noise_args'] });
    expect(ctx('[metrics.a]\nnoise_args = { loc = 1 }\nst|')).toMatchObject({ kind: 'key', container: ['metrics', 'a'] });
  });

  it('knows which key a value belongs to, in or out of quotes', () => {
    expect(ctx('[metrics.a]\nnoise = "ex|"')).toMatchObject({ kind: 'value', key: 'noise', token: { prefix: 'ex', quote: '"', closed: true } });
    expect(ctx('[anomalies.a]\npattern = |')).toMatchObject({ kind: 'value', key: 'pattern', token: { prefix: '' } });
  });

  it('collects the keys already in the table, before and after the cursor', () => {
    const c = ctx('[metrics.a]\nvalue = 1\n|\nnoise = "uniform"\n[metrics.b]\nstep_size = 1');
    expect(c.kind === 'key' ? [...c.present] : []).toEqual(['value', 'noise']);
  });

  it('reads a header being typed', () => {
    expect(ctx('[anomalies.|')).toMatchObject({ kind: 'header', container: ['anomalies'], closed: false });
    expect(ctx('[met|]')).toMatchObject({ kind: 'header', container: [], token: { prefix: 'met', name: 'met' }, closed: true });
  });

  it('is silent in comments, multi-line strings and after a finished value', () => {
    expect(ctx('[general] # |')).toEqual({ kind: 'none' });
    expect(ctx('[general]\nx = """\nab|c"""')).toEqual({ kind: 'none' });
    expect(ctx('[general]\nseed = 1 |')).toEqual({ kind: 'none' });
  });

  it('never throws on any text at any position', () => {
    const toml = fc.string({ unit: fc.constantFrom('[', ']', '{', '}', '"', "'", '=', '.', ',', '#', '\n', ' ', 'a', '1', '"""') });
    fc.assert(
      fc.property(toml, fc.nat(), (text, n) => {
        cursorContext(text, n % (text.length + 1));
      }),
      { numRuns: 3000 },
    );
  });
});
