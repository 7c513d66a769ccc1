// Entry point bundled by bin/chaosgen.mjs.
import { writeSync } from 'node:fs';
import { installSignalHandlers } from './interrupt.ts';
import { runCli } from './main.ts';
import { streamSink } from './stdoutSink.ts';
import { forTerminal } from './terminalText.ts';

// A reader that goes away (`chaosgen … | head -0`) is not an error of ours: the files are
// written either way. Any other failure of standard output (a full disk, `> /dev/full`) is one
// line on standard error and exit 2 — never a stack trace, never the config-error code 1.
// Writes to a file are synchronous in Node but report their failure as an 'error' event, which
// may come after runCli has returned; hence the flag, read again at the end.
let outputFailed = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE' || outputFailed) return;
  outputFailed = true;
  process.exitCode = 2;
  try {
    writeSync(2, `chaosgen: cannot write to standard output: ${forTerminal(e.message)}\n`);
  } catch {
    // standard error is gone too: the exit status is all that is left
  }
});
process.stderr.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') process.exitCode = 2;
});

installSignalHandlers();

let code: number;
try {
  code = await runCli(process.argv.slice(2), {
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
    stdout: streamSink(process.stdout),
  });
} catch (e) {
  // Not expected: every failure the CLI knows of is a message and an exit code already.
  process.stderr.write(`chaosgen: internal error: ${forTerminal(e instanceof Error ? e.message : String(e))}\n`);
  code = 2;
}
process.exitCode = outputFailed || process.exitCode === 2 ? 2 : code;
