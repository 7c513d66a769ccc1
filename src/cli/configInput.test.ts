import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, engineFiles, EXAMPLE, EXAMPLE_TEXT, ROOT, tempFolder } from './cliProcess.testutil.ts';
import { runCli } from './main.ts';

// What the CLI reads and prints: a bounded config (regular file or standard input, UTF-8), and
// lines a terminal cannot act on. In process through runCli where that is safe; through the
// real binary where the old behaviour hung or ate memory, so a regression fails instead of
// taking the test runner down with it.

const { fresh } = tempFolder('chaosgen-input-');
beforeAll(() => {
  // bin/chaosgen.mjs rebuilds its bundle when a source changed; not under the memory cap below.
  spawnSync(process.execPath, [BIN, '--version']);
});

const CAP = 3_000_003; // MAX_CONFIG_BYTES, written out: the number the docs promise

async function run(argv: readonly string[], stdin?: AsyncIterable<unknown>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l), ...(stdin ? { stdin } : {}) });
  return { code, out, err };
}

function write(bytes: Uint8Array | string): string {
  const path = fresh('config.toml');
  writeFileSync(path, bytes);
  return path;
}

/** Any C0 control, DEL or C1 control: what must never reach the terminal raw. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

const binary = (args: readonly string[], shell = '') =>
  spawnSync('bash', ['-c', `${shell} exec "${process.execPath}" "${BIN}" ${args.map((a) => `'${a}'`).join(' ')}`], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });

describe('a config that is not a regular file', () => {
  it('/dev/zero is refused at once, without reading it (memory capped at 1 GB to prove it)', () => {
    const p = binary(['-c', '/dev/zero', '-o', fresh('out')], 'ulimit -v 1000000;');
    expect(p.status, p.stderr).toBe(2);
    expect(p.stderr).toBe(`chaosgen: cannot read config '/dev/zero': it is a character device, not a regular file (to read standard input, use -c -)\n`);
  });

  it('a named pipe with no writer is refused, not waited on', () => {
    const fifo = fresh('fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const p = binary(['-c', fifo, '-o', fresh('out')]);
    expect(p.signal).toBe(null); // not killed by the timeout
    expect(p.status).toBe(2);
    expect(p.stderr).toContain('it is a named pipe, not a regular file');
  });
});

describe('the size cap', () => {
  it(`a file one byte over ${CAP} bytes is refused before parsing, with the limit`, async () => {
    const config = write(Buffer.alloc(CAP + 1, 0x23)); // '#' × (cap + 1): one long comment
    const r = await run(['-c', config, '-o', fresh('out')]);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`chaosgen: cannot read config '${config}': it is 3,000,004 bytes; a config may have at most 3,000,003 bytes (1,000,000 characters)`]);
  });

  it('any text within the engine\'s 1,000,000 characters is read, even at 3 bytes a character', async () => {
    const text = `${EXAMPLE_TEXT}# ${'€'.repeat(990_000)}\n`; // ~2.97 MB, under 1,000,000 characters
    const out = fresh('out');
    const r = await run(['-c', write(text), '-o', out]);
    expect(r.code, r.err.join('\n')).toBe(0);
    expect(readFileSync(join(out, 'metrics.csv'), 'utf8')).toBe(engineFiles(EXAMPLE_TEXT).csv);
  });
});

describe('-c - reads standard input', () => {
  it('and writes the same files as from the file', async () => {
    const out = fresh('out');
    const r = await run(['-c', '-', '-o', out], Readable.from([Buffer.from(EXAMPLE_TEXT)]));
    expect(r.code, r.err.join('\n')).toBe(0);
    expect(readFileSync(join(out, 'metrics.csv'), 'utf8')).toBe(engineFiles(EXAMPLE_TEXT).csv);
    expect(readFileSync(join(out, 'metrics.json'), 'utf8')).toBe(engineFiles(EXAMPLE_TEXT).json);
  });

  it('with the same cap: an endless input is read no further than the cap', async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled += 65_536;
        yield new Uint8Array(65_536);
      }
    }
    const r = await run(['-c', '-', '-o', fresh('out')], endless());
    expect(r.code).toBe(2);
    expect(r.err[0]).toContain(`cannot read config '<stdin>': standard input holds more; a config may have at most 3,000,003 bytes`);
    expect(pulled).toBeLessThan(CAP + 2 * 65_536);
  });

  it('names standard input <stdin> in diagnostics', async () => {
    const r = await run(['-c', '-', '-o', fresh('out')], Readable.from([Buffer.from(EXAMPLE_TEXT.replace('num_samples = 150', 'num_samples = 0'))]));
    expect(r.code).toBe(1);
    expect(r.err[0]).toMatch(/^<stdin>:4:15: error: /);
  });
});

describe('text encoding', () => {
  it('a Latin-1 byte is an error at its line and column, not a silent U+FFFD', async () => {
    const config = write(Buffer.from('[general]\nnum_samples = 5\n# caf\u00e9 au lait\n[metrics.a]\nvalue = 1\n', 'latin1'));
    const out = fresh('out');
    const r = await run(['-c', config, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([`${config}:3:6: error: the config is not UTF-8 text (byte 0xE9); save it as UTF-8`, `chaosgen: 1 error in ${config}; nothing written`]);
    expect(() => readdirSync(out)).toThrow(); // nothing written, not even the folder
  });

  it('counts the column in characters after earlier multi-byte ones', async () => {
    const config = write(Buffer.concat([Buffer.from('# ü€😀 '), Buffer.from([0xff]), Buffer.from('\n')]));
    const r = await run(['-c', config, '-o', fresh('out')]);
    expect(r.err[0]).toBe(`${config}:1:8: error: the config is not UTF-8 text (byte 0xFF); save it as UTF-8`);
  });

  it('a UTF-8 byte order mark is accepted and not counted in columns', async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const out = fresh('out');
    const ok = await run(['-c', write(Buffer.concat([bom, Buffer.from(EXAMPLE_TEXT)])), '-o', out]);
    expect(ok.code, ok.err.join('\n')).toBe(0);
    expect(readFileSync(join(out, 'metrics.csv'), 'utf8')).toBe(engineFiles(EXAMPLE_TEXT).csv);
    const config = write(Buffer.concat([bom, Buffer.from(`stray = 1\n${EXAMPLE_TEXT}`)]));
    const warned = await run(['-c', config, '-o', fresh('out')]);
    expect(warned.err[0]).toMatch(new RegExp(`^${config.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:1: `));
  });
});

describe('nothing printed can drive the terminal', () => {
  it('an OSC 52 key name (ESC … BEL) is printed escaped in the warning', async () => {
    const name = '\\u001b]52;c;aGVsbG8=\\u0007'; // TOML escapes: the key holds a real ESC and BEL
    const config = write(`[general]\nnum_samples = 5\nseed = 1\n[metrics."${name}"]\nvalue = 1\nvalu = 2\n`);
    const r = await run(['-c', config, '-o', fresh('out')]);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([`${config}:6:1: warning: unknown key \`valu\` in [metrics.\\u001b]52;c;aGVsbG8=\\u0007], ignored — did you mean \`value\`?`]);
  });

  it('C1 controls, DEL and tabs in names, paths and arguments are escaped in every line', async () => {
    const config = write(`[general]\nnum_samples = 5\nseed = 1\n[metrics."a\\u009b31m\\u007f\\tb"]\nvalue = 1\n[anomalies.zz]\nat = 0\n`);
    const bad = await run(['-c', config, '-o', fresh('out')]);
    expect(bad.code).toBe(1);
    expect(bad.err[0]).toContain('the metrics are a\\u009b31m\\u007f\\tb');
    const out = join(fresh('out'), 'x\u001b[2Jy');
    const ok = await run(['-c', EXAMPLE, '-o', out]);
    expect(ok.code).toBe(0);
    expect(ok.out[0]).toContain('x\\u001b[2Jy/metrics.csv');
    const usage = await run(['-c', EXAMPLE, '--\u001b]0;pwned\u0007']);
    expect(usage.code).toBe(2);
    expect(usage.err[0]).toContain('--\\u001b]0;pwned\\u0007');
    for (const line of [...bad.err, ...ok.out, ...ok.err, ...usage.err]) expect(line).not.toMatch(CONTROL);
  });
});

describe('standard output that fails', () => {
  it('on a full device: the files are written, then one line on standard error and exit 2', () => {
    const out = fresh('out');
    const p = binary(['-c', EXAMPLE, '-o', out], '1>/dev/full');
    expect(p.stderr).toMatch(/^chaosgen: cannot write to standard output: ENOSPC[^\n]*\n$/);
    expect(p.status).toBe(2);
    expect(readFileSync(join(out, 'metrics.csv'), 'utf8')).toBe(engineFiles(EXAMPLE_TEXT).csv);
  });
});
