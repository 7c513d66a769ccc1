import type { CliArgs } from './args.ts';

// SPEC §12 on the command line: numpy mode writes what the original generate.py wrote, which
// had no label or time columns and no seed 0 (it drew a random seed for 0).

type RunArgs = Extract<CliArgs, { kind: 'run' }>;

/** Why these options cannot run in numpy mode, or undefined when they can. */
export function numpyArgsProblem(args: RunArgs): string | undefined {
  const why = 'numpy mode reproduces the original generate.py, whose CSV had no such column';
  if (args.labels !== undefined) return `--labels cannot be used in numpy mode: ${why}`;
  if (args.time !== undefined) return `--time cannot be used in numpy mode: ${why}`;
  if (args.seed === 0) return '--seed must be 1 or more in numpy mode: the original generate.py replaced seed 0 by a random seed, which cannot be reproduced';
  return undefined;
}
