import { parseArgs } from 'node:util';
import { MAX_SEED } from '../engine/index.ts';

export const USAGE = `Usage: chaosgen -c <config.toml> [-o <folder>] [--seed <n>]

Generates synthetic metric time series for chaos experiments from a TOML config and writes
<folder>/metrics.csv and <folder>/metrics.json.

Options:
  -c, --config <file>   the config to read (required), e.g. configs/config.toml
  -o, --output <folder> where to write metrics.csv and metrics.json (default: output);
                        created if missing
      --seed <n>        use this seed instead of the config's [general] seed
                        (an integer from 0 to ${MAX_SEED})
  -h, --help            show this help
      --version         print the version

Exit status: 0 on success, 1 when the config has errors (each printed as
file:line:column: error: message, nothing written), 2 on wrong usage or an unreadable file.`;

export type CliArgs =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'run'; readonly config: string; readonly output: string; readonly seed: number | undefined }
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
  return { kind: 'run', config: values.config, output: values.output ?? 'output', seed };
}
