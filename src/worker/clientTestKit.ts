// Fakes for the EngineClient's tests: a worker that records requests and replies on demand, and a
// clock whose timers run only when a test advances it.
import type { Clock } from './clock.ts';
import { EngineClient, type ClientOptions, type Progress, type RunOutcome, type TaskKind, type WorkerPort } from './client.ts';
import type { WorkerRequest } from './protocol.ts';

export class FakeWorker implements WorkerPort {
  readonly requests: WorkerRequest[] = [];
  terminated = false;
  onmessage: ((event: { readonly data: unknown }) => void) | null = null;
  onerror: ((event: { readonly message?: string }) => void) | null = null;
  postMessage(message: WorkerRequest): void {
    this.requests.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(data: unknown): void {
    this.onmessage?.({ data });
  }
}

export class FakeClock implements Clock {
  time = 0;
  private timers = new Map<number, { at: number; run: () => void }>();
  private next = 1;
  now = (): number => this.time;
  setTimeout = (run: () => void, ms: number): unknown => {
    const id = this.next++;
    this.timers.set(id, { at: this.time + ms, run });
    return id;
  };
  clearTimeout = (id: unknown): void => void this.timers.delete(id as number);
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].run();
    }
    this.time = end;
  }
}

export function setup(options: ClientOptions = { stallMs: 8000 }) {
  const workers: FakeWorker[] = [];
  const outcomes: RunOutcome[] = [];
  const progress: (Progress | undefined)[] = [];
  const crashes: string[] = [];
  const lost: (readonly TaskKind[])[] = [];
  const clock = new FakeClock();
  const client = new EngineClient(
    () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    { onOutcome: (o) => outcomes.push(o), onProgress: (p) => progress.push(p), onCrash: (m, l) => {
        crashes.push(m);
        lost.push(l);
      },
    },
    clock,
    options,
  );
  const worker = (): FakeWorker => workers.at(-1)!;
  const runs = (): Extract<WorkerRequest, { type: 'run' }>[] => worker().requests.filter((r): r is Extract<WorkerRequest, { type: 'run' }> => r.type === 'run');
  return { client, workers, worker, runs, outcomes, progress, crashes, lost, clock };
}

export const generated = (id: number, elapsedMs = 1) => ({ type: 'generated', id, diagnostics: [], series: [], summary: { elapsedMs, seed: 1, seedSource: 'config', numSamples: 10 } });
