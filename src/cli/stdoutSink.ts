import type { Writable } from 'node:stream';

// `-o -`: a format's bytes to standard output, with backpressure (a slow reader slows the run
// instead of growing a queue). A reader that goes away (`… | head`) ends the run quietly: the
// writer's next write rejects with ReaderGone, which main.ts turns into exit 0.

export class ReaderGone extends Error {}
/** Any other failure of standard output; chaosgen.ts has already told the user. */
export class StdoutFailed extends Error {}

export interface ByteSink {
  write(bytes: Uint8Array): Promise<void>;
}

const isEpipe = (e: unknown) => (e as { code?: unknown } | null)?.code === 'EPIPE';

export function streamSink(stream: Writable): ByteSink {
  let failure: unknown;
  stream.on('error', (e) => (failure ??= isEpipe(e) ? new ReaderGone('standard output was closed') : new StdoutFailed(e.message)));
  return {
    write(bytes) {
      if (failure !== undefined) return Promise.reject(failure);
      // The stream may keep the buffer queued after write() returns, and the writers reuse theirs.
      if (stream.write(bytes.slice())) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        const done = () => {
          stream.off('drain', done);
          stream.off('error', done);
          stream.off('close', done);
          if (failure !== undefined) reject(failure);
          else resolve();
        };
        stream.on('drain', done);
        stream.on('error', done);
        stream.on('close', done);
      });
    },
  };
}
