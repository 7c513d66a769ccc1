import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { formatColumn, generateSeries, type ColumnText, type Config } from '../engine/index.ts';

// The CLI's generate-and-format step on both cores. A worker thread (the same bundle, in its
// worker role) takes every other metric; each metric's stream depends only on the seed and its
// name, so a metric generated alone is bit-identical to the same metric generated among the
// others. Finished columns come back as transferred ArrayBuffers (no copy). The main thread
// waits synchronously (Atomics.wait + receiveMessageOnPort), so runCli stays a plain function.

/** Below this many values in all, a thread costs more than it saves. */
const MIN_PARALLEL_VALUES = 400_000;

export interface ColumnsJob {
  readonly config: Config;
  readonly seed: number;
  readonly indices: readonly number[];
  readonly flag: SharedArrayBuffer;
  readonly port: MessagePort;
}

type Reply =
  | { readonly kind: 'column'; readonly index: number; readonly bytes: ArrayBuffer; readonly byteLength: number; readonly lengths: ArrayBuffer }
  | { readonly kind: 'error'; readonly message: string };

/** Generates and formats the given metrics, one reused value buffer for all of them. */
function* someColumns(config: Config, indices: readonly number[], seed: number): Generator<[number, ColumnText]> {
  const metrics = indices.map((i) => config.metrics[i]).filter((m) => m !== undefined);
  let k = 0;
  for (const series of generateSeries({ ...config, metrics }, seed, { reuseOutput: true })) {
    yield [indices[k++] as number, formatColumn(series.values)];
  }
}

/** Worker role: generate and format the given metrics, post each column, then signal. */
export function runColumnsJob(job: ColumnsJob): void {
  const flag = new Int32Array(job.flag);
  try {
    for (const [index, c] of someColumns(job.config, job.indices, job.seed)) {
      const bytes = c.bytes.buffer as ArrayBuffer;
      const lengths = c.lengths.buffer as ArrayBuffer;
      const reply: Reply = { kind: 'column', index, bytes, byteLength: c.bytes.byteLength, lengths };
      job.port.postMessage(reply, [bytes, lengths]);
    }
  } catch (e) {
    const reply: Reply = { kind: 'error', message: e instanceof Error ? e.message : String(e) };
    job.port.postMessage(reply);
  } finally {
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  }
}

/** Every metric's column, in config order; with a worker when workerUrl is given and it pays. */
export function formatColumns(config: Config, seed: number, workerUrl: URL | undefined, lap: (what: string) => void): ColumnText[] {
  const k = config.metrics.length;
  const columns = new Array<ColumnText | undefined>(k);
  const serial = (indices: readonly number[]) => {
    for (const [i, c] of someColumns(config, indices, seed)) {
      columns[i] = c;
      lap(`generate and format ${config.metrics[i]?.name ?? i}`);
    }
  };
  const all = config.metrics.map((_, i) => i);
  if (!workerUrl || k < 2 || k * config.numSamples < MIN_PARALLEL_VALUES) {
    serial(all);
    return columns as ColumnText[];
  }
  const theirs = all.filter((i) => i % 2 === 1);
  const mine = all.filter((i) => i % 2 === 0);
  const flag = new SharedArrayBuffer(4);
  const { port1, port2 } = new MessageChannel();
  const job: ColumnsJob = { config, seed, indices: theirs, flag, port: port2 };
  const worker = new Worker(workerUrl, { workerData: { chaosgenColumns: job }, transferList: [port2] });
  worker.unref();
  serial(mine);
  // Wait for the worker; if it dies without a word (it posts even on errors), do its share here.
  const view = new Int32Array(flag);
  const deadline = Date.now() + 120_000;
  while (Atomics.load(view, 0) === 0 && Date.now() < deadline) Atomics.wait(view, 0, 0, 1000);
  for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
    const reply = m.message as Reply;
    if (reply.kind === 'column') columns[reply.index] = { bytes: new Uint8Array(reply.bytes, 0, reply.byteLength), lengths: new Uint8Array(reply.lengths) };
  }
  void worker.terminate();
  port1.close();
  lap('worker columns received');
  serial(theirs.filter((i) => columns[i] === undefined));
  return columns as ColumnText[];
}
