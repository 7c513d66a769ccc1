// Entry point bundled by bin/chaosgen.mjs.
import { runCli } from './main.ts';

// A reader that goes away (`chaosgen … | head -0`) is not an error of ours: the files are
// written either way. Without this, Node reports the EPIPE as an uncaught exception.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
}

process.exitCode = runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
});
