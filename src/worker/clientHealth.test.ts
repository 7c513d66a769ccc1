import { describe, expect, it } from 'vitest';
import { LONG_TASK_MS, WorkerCrashError } from './client.ts';
import { generated, setup } from './clientTestKit.ts';

// A worker that dies, throws or stops answering is replaced, the page is told what was lost,
// and the progress bar does not stay up with nothing working.

const STALL = 8000;
const ref = { text: 'a', seed: 1, seedSource: 'config' as const };

describe('EngineClient watchdog', () => {
  it('replaces a worker that died silently during a run, and hides the progress bar', () => {
    const { client, workers, worker, runs, clock, crashes, lost, progress } = setup({ stallMs: STALL });
    client.run('a');
    clock.advance(LONG_TASK_MS);
    expect(progress.at(-1)).toEqual({ task: 'run', fraction: 0 });
    // No error event, no reply: the worker is simply gone.
    clock.advance(STALL);
    expect(crashes).toEqual(['no answer for 8 s']);
    expect(lost).toEqual([['run']]);
    expect(workers).toHaveLength(2);
    expect(workers[0]?.terminated).toBe(true);
    expect(progress.at(-1)).toBeUndefined();
    // The fresh worker takes the retry.
    client.run('a');
    expect(runs().map((r) => r.text)).toEqual(['a']);
    worker().reply(generated(runs()[0]!.id));
    expect(crashes).toHaveLength(1);
  });

  it('keeps a worker that is slow but keeps sending progress', () => {
    const { client, worker, runs, clock, crashes, outcomes } = setup({ stallMs: STALL });
    client.run('big');
    const id = runs()[0]!.id;
    for (let i = 1; i <= 10; i++) {
      clock.advance(STALL - 1);
      worker().reply({ type: 'progress', id, fraction: i / 10 });
    }
    worker().reply(generated(id));
    expect(crashes).toEqual([]);
    expect(outcomes).toHaveLength(1);
  });

  it('does not fire while the worker has nothing to do', () => {
    const { client, worker, runs, clock, crashes } = setup({ stallMs: STALL });
    client.run('a');
    worker().reply(generated(runs()[0]!.id));
    clock.advance(STALL * 10);
    expect(crashes).toEqual([]);
  });

  it('replaces a worker that stalls in the middle of a file build and rejects the file', async () => {
    const { client, worker, workers, clock, crashes, lost, progress } = setup({ stallMs: STALL });
    const file = client.build('csv', ref);
    const id = worker().requests[0]!.id;
    clock.advance(LONG_TASK_MS);
    worker().reply({ type: 'progress', id, fraction: 0.4 });
    expect(progress.at(-1)).toEqual({ task: 'csv', fraction: 0.4 });
    clock.advance(STALL);
    await expect(file).rejects.toThrow(new WorkerCrashError('no answer for 8 s'));
    expect(lost).toEqual([['csv']]);
    expect(crashes).toHaveLength(1);
    expect(workers).toHaveLength(2);
    expect(progress.at(-1)).toBeUndefined();
  });

  it('replaces a worker that threw, telling the page what it was doing', async () => {
    const { client, workers, worker, clock, crashes, lost } = setup({ stallMs: STALL });
    client.run('a');
    const file = client.build('json', ref);
    worker().onerror?.({ message: 'Uncaught RangeError: Array buffer allocation failed' });
    expect(crashes).toEqual(['Uncaught RangeError: Array buffer allocation failed']);
    expect(lost).toEqual([['run', 'json']]);
    expect(workers).toHaveLength(2);
    await expect(file).rejects.toThrow(/allocation failed/);
    // The old worker's watchdog is gone with it: no second report later.
    clock.advance(STALL * 2);
    expect(crashes).toHaveLength(1);
  });

  it('ignores anything the replaced worker still sends', () => {
    const { client, workers, clock, outcomes } = setup({ stallMs: STALL });
    client.run('a');
    const old = workers[0]!;
    const id = old.requests[0]!.id;
    clock.advance(STALL);
    old.reply(generated(id)); // handlers were detached on restart
    expect(outcomes).toEqual([]);
  });
});
