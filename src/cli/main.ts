import { readFileSync } from 'node:fs';
import { formatCount, parseConfig, resolveSeed, type Diagnostic } from '../engine/index.ts';
import pkg from '../../package.json' with { type: 'json' };
import { parseCliArgs, USAGE } from './args.ts';
import { writeDataset } from './writeDataset.ts';

// The command line (SPEC §5): the same engine as the browser, writing the same bytes.

export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const VERSION = pkg.version;

/** One line per diagnostic, as compilers print them: a name quoted in the message may hold a line break. */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  const message = d.message.replaceAll('\r', '\\r').replaceAll('\n', '\\n');
  return `${file}:${d.line}:${d.column}: ${d.severity}: ${message}`;
}

/** CHAOSGEN_TIMING=1 prints how long each phase took, for docs/performance.md. */
class PhaseTimer {
  private last = performance.now();
  constructor(
    private readonly on: boolean,
    private readonly print: (line: string) => void,
  ) {
    if (on) print(`chaosgen: timing: process start to main ${this.last.toFixed(0)} ms`);
  }
  lap(what: string): void {
    const now = performance.now();
    if (this.on) this.print(`chaosgen: timing: ${what} ${(now - this.last).toFixed(0)} ms`);
    this.last = now;
  }
}

/** Runs the CLI and returns its exit code. */
export function runCli(argv: readonly string[], io: Io): number {
  const args = parseCliArgs(argv);
  switch (args.kind) {
    case 'help':
      io.out(USAGE);
      return 0;
    case 'version':
      io.out(`chaosgen ${VERSION}`);
      return 0;
    case 'usage-error':
      io.err(`chaosgen: ${args.message}\n\n${USAGE}`);
      return 2;
    case 'run':
      break;
  }
  let text: string;
  try {
    text = readFileSync(args.config, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : e instanceof Error ? e.message : String(e);
    io.err(`chaosgen: cannot read config '${args.config}': ${why}`);
    return 2;
  }
  const { config, diagnostics } = parseConfig(text);
  for (const d of diagnostics) io.err(formatDiagnostic(args.config, d));
  if (!config) {
    const n = diagnostics.filter((d) => d.severity === 'error').length;
    io.err(`chaosgen: ${n} error${n === 1 ? '' : 's'} in ${args.config}; nothing written`);
    return 1;
  }
  const { seed, seedSource } = resolveSeed(config, args.seed === undefined ? {} : { seed: args.seed });
  const timing = new PhaseTimer(Boolean(process.env.CHAOSGEN_TIMING), io.err);
  timing.lap('read and validate');
  const head = { seed, seedSource, numSamples: config.numSamples };
  let written: string[];
  try {
    written = writeDataset(args.output, config, head, (what) => timing.lap(what));
  } catch (e) {
    io.err(`chaosgen: cannot write to '${args.output}': ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const source = { config: 'from the config', override: 'from --seed', random: 'drawn at random; add it to [general] to reproduce' }[seedSource];
  io.out(
    `chaosgen: wrote ${written.join(' and ')} (${formatCount(config.numSamples)} samples × ${config.metrics.length} metrics, seed ${seed} ${source})`,
  );
  return 0;
}
