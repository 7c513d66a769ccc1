import { parseArgs } from 'node:util';
import { DEFAULT_FORMATS, FORMATS, formatCount, formatIds, LABEL_MODES, MAX_SEED, RNG_MODES, TIME_FORMATS, topLevelNames, type LabelMode, type RngMode, type TimeFormat } from '../engine/index.ts';
import { LOCK_WAIT_MS } from './outputFolder.ts';
import { MAX_CONFIG_BYTES } from './readConfig.ts';

/** Each format's id and what it writes, for the usage text. */
const FORMAT_LINES = FORMATS.map((f) => `                          ${f.id.padEnd(12)}${topLevelNames(f.layout).map((n) => (f.layout.kind === 'folder' ? `${n}/` : n)).join(', ')}`).join('\n');

export const USAGE = `Usage: chaosgen -c <config.toml> [-o <folder>|-] [--format <ids>] [--plot] [--seed <n>] [--rng <mode>] [--labels <mode>] [--time <format>]

Generates synthetic metric time series for chaos experiments from a TOML config and writes
<folder>/metrics.csv and <folder>/metrics.json, or the files of the formats asked for.

Options:
  -c, --config <file>   the config to read (required), e.g. configs/config.toml, or - for
                        standard input; UTF-8 text of at most ${formatCount(MAX_CONFIG_BYTES)} bytes
  -o, --output <folder> where to write the files (default: output); created if missing.
                        - writes one single-file format to standard output instead
                        (csv unless --format names another, e.g. -o - --format json);
                        messages go to standard error
  -f, --format <ids>    the formats to write, separated by commas (default: ${DEFAULT_FORMATS.join(',')}):
${FORMAT_LINES}
      --plot            also draw metrics.svg and metrics.png: one panel per metric, the
                        anomaly windows shaded (works with any --format, not with -o -)
      --seed <n>        use this seed instead of the config's [general] seed
                        (an integer from 0 to ${MAX_SEED})
      --rng <mode>      the random numbers, overriding [general] rng: ${RNG_MODES.join(', ')}
                        (numpy: metrics.csv byte for byte as the original generate.py
                        wrote it; needs a seed of 1 or more)
      --labels <mode>   ground-truth columns in metrics.csv, overriding [output] labels:
                        ${LABEL_MODES.join(', ')} (per_metric: <metric>_is_anomaly columns;
                        any: one is_anomaly column)
      --time <format>   the timestamp column, overriding [output] time: ${TIME_FORMATS.join(', ')}
                        (needs [general] start)
  -h, --help            show this help
      --version         print the version

The files are replaced together, one run at a time: a second run into the same folder
waits for the first (up to ${LOCK_WAIT_MS / 1000} s), and a run that fails or is interrupted leaves the
folder's previous files as they were.

Exit status: 0 on success, 1 when the config has errors (each printed as
file:line:column: error: message, nothing written), 2 on wrong usage, an unreadable config,
or a failure to write the files or standard output; 130, 143 or 129 when stopped by SIGINT,
SIGTERM or SIGHUP.`;

export type CliArgs =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'run';
      readonly config: string;
      readonly output: string;
      readonly seed: number | undefined;
      readonly rng: RngMode | undefined;
      readonly labels: LabelMode | undefined;
      readonly time: TimeFormat | undefined;
      /** Registry ids, each once, in the order given. */
      readonly formats: readonly string[];
      /** --plot: metrics.svg and metrics.png besides the formats. */
      readonly plot: boolean;
    }
  | { readonly kind: 'usage-error'; readonly message: string };

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: {
        config: { type: 'string', short: 'c' },
        output: { type: 'string', short: 'o' },
        seed: { type: 'string' },
        rng: { type: 'string' },
        labels: { type: 'string' },
        time: { type: 'string' },
        format: { type: 'string', short: 'f' },
        plot: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
      allowPositionals: true,
      strict: true,
    }));
  } catch (e) {
    return { kind: 'usage-error', message: e instanceof Error ? e.message : String(e) };
  }
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };
  if (positionals.length > 0) return { kind: 'usage-error', message: `unexpected argument '${positionals[0]}' (the config is given with -c)` };
  if (values.config === undefined || values.config === '') return { kind: 'usage-error', message: 'missing -c <config.toml>' };
  if (values.output === '') return { kind: 'usage-error', message: '-o needs a folder name' };
  let seed: number | undefined;
  if (values.seed !== undefined) {
    seed = /^\d+$/.test(values.seed) ? Number(values.seed) : NaN;
    if (!Number.isSafeInteger(seed) || seed > MAX_SEED) return { kind: 'usage-error', message: `--seed must be an integer from 0 to ${MAX_SEED}; got '${values.seed}'` };
  }
  const rng = oneOf(values.rng, RNG_MODES);
  if (rng === null) return { kind: 'usage-error', message: `--rng must be one of ${RNG_MODES.join(', ')}; got '${values.rng}'` };
  const labels = oneOf(values.labels, LABEL_MODES);
  if (labels === null) return { kind: 'usage-error', message: `--labels must be one of ${LABEL_MODES.join(', ')}; got '${values.labels}'` };
  const time = oneOf(values.time, TIME_FORMATS);
  if (time === null) return { kind: 'usage-error', message: `--time must be one of ${TIME_FORMATS.join(', ')}; got '${values.time}'` };
  const output = values.output ?? 'output';
  // Standard output takes one file: without --format that is the CSV (docs/decisions.md), not
  // the folder default csv,json, which the user never typed.
  const formats = parseFormats(values.format, output === '-' ? [STDOUT_FORMAT] : DEFAULT_FORMATS);
  if (typeof formats === 'string') return { kind: 'usage-error', message: formats };
  if (output === '-') {
    const only = formats.length === 1 ? FORMATS.find((f) => f.id === formats[0]) : undefined;
    if (!only || only.layout.kind !== 'file') {
      const single = FORMATS.filter((f) => f.layout.kind === 'file').map((f) => f.id);
      return { kind: 'usage-error', message: `-o - writes one single-file format to standard output; got --format ${formats.join(',')} (choose one of ${single.join(', ')}, e.g. --format csv)` };
    }
  }
  const plot = values.plot === true;
  if (plot && output === '-') return { kind: 'usage-error', message: '--plot writes metrics.svg and metrics.png into a folder; it cannot go with -o - (give -o <folder>)' };
  return { kind: 'run', config: values.config, output, seed, rng, labels, time, formats, plot };
}

/** The format `-o -` writes when --format is not given. */
const STDOUT_FORMAT = 'csv';

/** The ids of --format (`defaults` when not given), or the message of a usage error. */
function parseFormats(value: string | undefined, defaults: readonly string[]): string[] | string {
  if (value === undefined) return [...defaults];
  const valid = formatIds();
  const ids = value.split(',').map((s) => s.trim());
  const unknown = ids.filter((id) => !valid.includes(id));
  if (ids.every((id) => id === '')) return `--format needs at least one of ${valid.join(', ')}`;
  if (unknown.length > 0) return `--format: unknown format${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `'${u}'`).join(', ')}; the formats are ${valid.join(', ')}`;
  return [...new Set(ids)];
}

/** undefined when not given, null when not one of the allowed words. */
function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined | null {
  if (value === undefined) return undefined;
  return (allowed as readonly string[]).includes(value) ? (value as T) : null;
}
