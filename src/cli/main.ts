import { configDataset, formatById, formatCount, parseConfig, resolveOutput, resolveSeed, type Diagnostic, type OutputFormat } from '../engine/index.ts';
import { basename } from 'node:path';
import { numpyArgsProblem } from './numpyArgs.ts';
import pkg from '../../package.json' with { type: 'json' };
import { plotFormat } from '../plot/plotFormat.ts';
import { parseCliArgs, USAGE } from './args.ts';
import { writeOutput } from './outputFolder.ts';
import { FolderError } from './outputLock.ts';
import { svgToPng } from './rasterise.ts';
import { readConfig, STDIN_NAME } from './readConfig.ts';
import { ReaderGone, StdoutFailed, type ByteSink } from './stdoutSink.ts';
import { writeToStdout } from './stdoutOutput.ts';
import { forTerminal } from './terminalText.ts';

// The command line (SPEC §5): the same engine as the browser, writing the same bytes.

export interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** What `-c -` reads; process.stdin when not given. */
  readonly stdin?: AsyncIterable<unknown>;
  /** Where `-o -` writes the file's bytes. */
  readonly stdout?: ByteSink;
}

const VERSION = pkg.version;

/**
 * One line per diagnostic, as compilers print them. A name quoted in the message may hold a
 * line break or a terminal escape: every control character is shown escaped (terminalText.ts).
 */
export function formatDiagnostic(file: string, d: Diagnostic): string {
  return forTerminal(`${file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`);
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

/** Runs the CLI and returns its exit code: 0 done, 1 errors in the config, 2 anything else. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  // Every line may carry user text (paths, names, arguments): none reaches the terminal raw.
  const out = (text: string) => io.out(forTerminal(text));
  const err = (text: string) => io.err(forTerminal(text));
  const usage = (print: (line: string) => void) => USAGE.split('\n').forEach(print);
  const args = parseCliArgs(argv);
  switch (args.kind) {
    case 'help':
      usage(out);
      return 0;
    case 'version':
      out(`chaosgen ${VERSION}`);
      return 0;
    case 'usage-error':
      err(`chaosgen: ${args.message}`);
      err('');
      usage(err);
      return 2;
    case 'run':
      break;
  }
  const name = args.config === '-' ? STDIN_NAME : args.config;
  const input = await readConfig(args.config, io.stdin ?? process.stdin);
  switch (input.kind) {
    case 'unreadable':
      err(`chaosgen: cannot read config '${name}': ${input.why}`);
      return 2;
    case 'not-utf8':
      err(`${name}:${input.line}:${input.column}: error: the config is not UTF-8 text (byte 0x${input.byte.toString(16).toUpperCase().padStart(2, '0')}); save it as UTF-8`);
      err(`chaosgen: 1 error in ${name}; nothing written`);
      return 1;
    case 'text':
      break;
  }
  const parsed = parseConfig(input.text, { ...(args.rng && { rng: args.rng }), seedGiven: args.seed !== undefined });
  const { diagnostics } = parsed;
  for (const d of diagnostics) io.err(formatDiagnostic(name, d));
  if (!parsed.config) {
    const n = diagnostics.filter((d) => d.severity === 'error').length;
    err(`chaosgen: ${n} error${n === 1 ? '' : 's'} in ${name}; nothing written`);
    return 1;
  }
  if (parsed.config.rng === 'numpy') {
    const problem = numpyArgsProblem(args);
    if (problem) {
      err(`chaosgen: ${problem}`);
      return 2;
    }
  }
  const layout = resolveOutput(parsed.config);
  if (args.time !== undefined && args.time !== 'none' && parsed.config.timeline?.startMs === undefined) {
    err(`chaosgen: --time ${args.time} needs a clock: set [general] start = 2026-03-02T00:00:00Z (or another date-time) in ${name}`);
    return 2;
  }
  // --labels and --time override the [output] table (SPEC §10).
  const config = { ...parsed.config, output: { labels: args.labels ?? layout.labels, time: args.time ?? layout.time } };
  const { seed, seedSource } = resolveSeed(config, args.seed === undefined ? {} : { seed: args.seed });
  const timing = new PhaseTimer(Boolean(process.env.CHAOSGEN_TIMING), err);
  timing.lap('read and validate');
  const head = { ...(config.rng && { rng: config.rng }), seed, seedSource, numSamples: config.numSamples, ...(config.timeline && { timeline: config.timeline }) };
  const formats = args.formats.map(formatById).filter((f): f is OutputFormat => f !== undefined);
  if (args.plot) formats.push(plotFormat(basename(name), (svg) => svgToPng(svg, err)));
  const dataset = configDataset(config, head);
  for (const f of formats) {
    const why = f.cannot?.(dataset);
    if (why !== undefined) {
      err(`chaosgen: --format ${f.id}: ${why} in ${name}; nothing written`);
      return 2;
    }
  }
  const source = { config: 'from the config', override: 'from --seed', random: 'drawn at random; add it to [general] to reproduce' }[seedSource];
  const size = `${formatCount(config.numSamples)} samples × ${config.metrics.length} metrics, seed ${seed} ${source}`;
  const phases = { onPhase: (what: string) => timing.lap(what), say: err };
  if (args.output === '-') {
    const only = formats[0];
    if (!only || !io.stdout) {
      err('chaosgen: -o - needs standard output');
      return 2;
    }
    try {
      await writeToStdout(only, config, head, io.stdout, phases);
    } catch (e) {
      if (e instanceof ReaderGone) return 0; // `| head`: the reader has what it wanted
      if (e instanceof StdoutFailed) return 2; // told once already, where standard output failed (chaosgen.ts)
      err(`chaosgen: cannot write to standard output: ${e instanceof Error ? e.message : String(e)}`);
      return 2;
    }
    err(`chaosgen: wrote ${only.label} to standard output (${size})`);
    return 0;
  }
  let written: string[];
  try {
    written = await writeOutput(args.output, formats, config, head, phases);
  } catch (e) {
    err(e instanceof FolderError ? `chaosgen: ${e.message}` : `chaosgen: cannot write to '${args.output}': ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const list = written.length <= 2 ? written.join(' and ') : `${written.slice(0, -1).join(', ')} and ${written.at(-1) ?? ''}`;
  out(`chaosgen: wrote ${list} (${size})`);
  return 0;
}
