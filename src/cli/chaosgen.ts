// Entry point bundled by bin/chaosgen.mjs.
import { runCli } from './main.ts';

process.exitCode = runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
});
