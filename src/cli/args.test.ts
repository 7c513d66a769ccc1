import { describe, expect, it } from 'vitest';
import { parseCliArgs, USAGE } from './args.ts';

describe('parseCliArgs', () => {
  it('reads -c and defaults -o to `output`, as generate.py did', () => {
    expect(parseCliArgs(['-c', 'configs/config.toml'])).toEqual({ kind: 'run', config: 'configs/config.toml', output: 'output', seed: undefined, labels: undefined, time: undefined, formats: ['csv', 'json'], plot: false });
  });

  it('accepts the long spellings and --opt=value', () => {
    expect(parseCliArgs(['--config', 'a.toml', '--output', 'out', '--seed', '7'])).toEqual({ kind: 'run', config: 'a.toml', output: 'out', seed: 7, labels: undefined, time: undefined, formats: ['csv', 'json'], plot: false });
    expect(parseCliArgs(['--config=a.toml', '--output=out', '--seed=0'])).toEqual({ kind: 'run', config: 'a.toml', output: 'out', seed: 0, labels: undefined, time: undefined, formats: ['csv', 'json'], plot: false });
    expect(parseCliArgs(['-o', 'x', '-c', 'a.toml'])).toMatchObject({ kind: 'run', config: 'a.toml', output: 'x' });
  });

  it('takes any seed from 0 to 2^53 − 1', () => {
    expect(parseCliArgs(['-c', 'a', '--seed', '9007199254740991'])).toMatchObject({ seed: 9007199254740991 });
    expect(parseCliArgs(['-c', 'a', '--seed', '42'])).toMatchObject({ seed: 42 });
  });

  it.each(['9007199254740992', '-1', '1.5', '1e3', 'abc', '', ' 5', '0x10', '+5'])('rejects --seed %j with a message naming --seed', (seed) => {
    const r = parseCliArgs(['-c', 'a.toml', `--seed=${seed}`]);
    expect(r.kind).toBe('usage-error');
    if (r.kind === 'usage-error') expect(r.message).toContain('--seed');
  });

  it.each([
    [[], '-c'],
    [['-o', 'out'], '-c'],
    [['-c'], '--config'],
    [['-c', ''], '-c'],
    [['-c', 'a.toml', '-o', ''], '-o'],
    [['-c', 'a.toml', '-o'], '--output'],
    [['-c', 'a.toml', '--frobnicate'], '--frobnicate'],
    [['-c', 'a.toml', '-x'], '-x'],
    [['-c', 'a.toml', 'extra.toml'], 'extra.toml'],
    [['configs/config.toml'], 'configs/config.toml'],
  ])('%j is a usage error that mentions %s', (argv, mention) => {
    const r = parseCliArgs(argv);
    expect(r.kind).toBe('usage-error');
    if (r.kind === 'usage-error') expect(r.message).toContain(mention);
  });

  it('reads --labels and --time (SPEC §10), each one of its words', () => {
    expect(parseCliArgs(['-c', 'a', '--labels', 'per_metric', '--time', 'unix_ms'])).toMatchObject({ kind: 'run', labels: 'per_metric', time: 'unix_ms' });
    expect(parseCliArgs(['-c', 'a', '--labels=any', '--time=none'])).toMatchObject({ labels: 'any', time: 'none' });
    expect(parseCliArgs(['-c', 'a', '--labels', 'all'])).toEqual({ kind: 'usage-error', message: "--labels must be one of none, per_metric, any; got 'all'" });
    expect(parseCliArgs(['-c', 'a', '--time', 'epoch'])).toEqual({ kind: 'usage-error', message: "--time must be one of iso, unix, unix_ms, none; got 'epoch'" });
  });

  it('recognises help and version', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['-h'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['-c', 'a.toml', '-h'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['--version'])).toEqual({ kind: 'version' });
  });
});

describe('USAGE', () => {
  it('documents every option the parser accepts, and the exit codes', () => {
    for (const flag of ['-c, --config', '-o, --output', '--seed', '--rng', '--labels', '--time', '-h, --help', '--version']) expect(USAGE).toContain(flag);
    expect(USAGE).toContain('default: output');
    expect(USAGE).toMatch(/0 on success.*1 when the config has errors.*2 on wrong usage.*failure to write the files or standard output/s);
    expect(USAGE).toMatch(/or - for\s+standard input/);
  });

  it('takes - as the config: standard input', () => {
    expect(parseCliArgs(['-c', '-', '-o', 'out'])).toEqual({ kind: 'run', config: '-', output: 'out', seed: undefined, labels: undefined, time: undefined, formats: ['csv', 'json'], plot: false });
  });

  it('mentions no option the parser rejects', () => {
    const flags = [...USAGE.matchAll(/(?<![\w-])(--?[a-z][\w-]*)/g)].map((m) => m[1] ?? '');
    for (const flag of new Set(flags)) {
      const argv = flag === '--seed' ? ['-c', 'a.toml', '--seed', '1'] : flag === '--rng' ? ['-c', 'a.toml', '--rng', 'numpy'] : flag === '--labels' ? ['-c', 'a.toml', '--labels', 'any'] : flag === '--time' ? ['-c', 'a.toml', '--time', 'unix'] : flag === '--format' || flag === '-f' ? ['-c', 'a.toml', flag, 'csv'] : ['-c', 'a.toml', flag, ...(flag === '-c' || flag === '--config' || flag === '-o' || flag === '--output' ? ['x'] : [])];
      expect(parseCliArgs(argv).kind, flag).not.toBe('usage-error');
    }
  });
});

describe('--format', () => {
  it('reads ids in order, each once; -f is its short form', () => {
    expect(parseCliArgs(['-c', 'a', '--format', 'nab,csv,nab'])).toMatchObject({ formats: ['nab', 'csv'] });
    expect(parseCliArgs(['-c', 'a', '-f', 'openmetrics'])).toMatchObject({ formats: ['openmetrics'] });
  });

  it('-o - takes exactly one single-file format', () => {
    expect(parseCliArgs(['-c', 'a', '-o', '-', '-f', 'json'])).toMatchObject({ kind: 'run', output: '-', formats: ['json'] });
  });

  it('-o - without --format writes CSV; several formats or a folder format asked for stay an error', () => {
    expect(parseCliArgs(['-c', 'a', '-o', '-'])).toMatchObject({ kind: 'run', output: '-', formats: ['csv'] });
    const several = parseCliArgs(['-c', 'a', '-o', '-', '--format', 'csv,json']);
    expect(several).toMatchObject({ kind: 'usage-error', message: expect.stringContaining('got --format csv,json') });
    expect(parseCliArgs(['-c', 'a', '-o', '-', '-f', 'nab'])).toMatchObject({ kind: 'usage-error', message: expect.stringContaining('got --format nab') });
  });
});
