import { describe, expect, it } from 'vitest';
import { CancelledError, COLD_RUN_FACTOR, DEBOUNCE_MS, LONG_TASK_MS, SLOW_RUN_MS } from './client.ts';
import { generated, setup, type FakeWorker } from './clientTestKit.ts';
import type { WorkerRequest } from './protocol.ts';

describe('EngineClient', () => {
  it('sends an edit at once while runs are quick', () => {
    const { client, runs } = setup();
    client.run('a');
    expect(runs().map((r) => r.text)).toEqual(['a']);
  });

  it('keeps one run in flight and sends only the newest text after it; the stale reply is never shown', () => {
    const { client, runs, worker, outcomes } = setup();
    client.run('a');
    client.run('ab');
    client.run('abc');
    expect(runs().map((r) => r.text)).toEqual(['a']);
    worker().reply(generated(runs()[0]!.id));
    expect(outcomes).toEqual([]); // 'a' was superseded while it ran
    expect(runs().map((r) => r.text)).toEqual(['a', 'abc']);
    worker().reply(generated(runs()[1]!.id));
    expect(outcomes.map((o) => o.text)).toEqual(['abc']);
  });

  it('sends nothing for the text already being generated: its reply is the answer', () => {
    const { client, runs, worker, outcomes } = setup();
    client.run('a');
    client.run('a');
    expect(runs().map((r) => r.text)).toEqual(['a']);
    // an edit undone before it was sent: the run in flight is the answer again
    client.run('ab');
    client.run('a');
    worker().reply(generated(runs()[0]!.id));
    expect(outcomes.map((o) => o.text)).toEqual(['a']);
    expect(runs().map((r) => r.text)).toEqual(['a']);
  });

  it('ignores replies for unknown ids and malformed messages', () => {
    const { client, runs, worker, outcomes } = setup();
    client.run('a');
    worker().reply(generated(999));
    worker().reply({ type: 'generated', id: runs()[0]!.id, series: 'nope' });
    expect(outcomes).toEqual([]);
    worker().reply(generated(runs()[0]!.id));
    expect(outcomes).toHaveLength(1);
  });

  it('debounces edits once a run was slow', () => {
    const { client, runs, worker, clock } = setup();
    client.run('a');
    worker().reply(generated(runs()[0]!.id));
    client.run('ab');
    worker().reply(generated(runs()[1]!.id, 400));
    client.run('abc');
    client.run('abcd');
    expect(runs()).toHaveLength(2);
    clock.advance(DEBOUNCE_MS);
    expect(runs().map((r) => r.text)).toEqual(['a', 'ab', 'abcd']);
  });

  it('does not let the first run (the engine code still cold) debounce the first edit', () => {
    const { client, runs, worker } = setup();
    client.run('a');
    worker().reply(generated(runs()[0]!.id, 90));
    client.run('ab');
    expect(runs().map((r) => r.text)).toEqual(['a', 'ab']);
  });

  it('but a first run slow even for cold code (a link to 500 metrics: 249 ms) does debounce', () => {
    const { client, runs, worker, clock } = setup();
    client.run('a');
    worker().reply(generated(runs()[0]!.id, 249));
    client.run('ab');
    client.run('abc');
    expect(runs().map((r) => r.text)).toEqual(['a']); // typing goes on undisturbed by runs
    clock.advance(DEBOUNCE_MS);
    expect(runs().map((r) => r.text)).toEqual(['a', 'abc']);
  });

  it('counts a first run at a fraction of its time: just under the threshold, the next edit goes at once', () => {
    const { client, runs, worker } = setup();
    client.run('a');
    worker().reply(generated(runs()[0]!.id, SLOW_RUN_MS * COLD_RUN_FACTOR));
    client.run('ab');
    expect(runs().map((r) => r.text)).toEqual(['a', 'ab']);
  });

  it('shows progress only for work longer than LONG_TASK_MS, and hides it when done', () => {
    const { client, runs, worker, clock, progress } = setup();
    client.run('a');
    const id = runs()[0]!.id;
    worker().reply({ type: 'progress', id, fraction: 0.25 });
    expect(progress).toEqual([]);
    clock.advance(LONG_TASK_MS);
    expect(progress.at(-1)).toEqual({ task: 'run', fraction: 0.25 });
    worker().reply({ type: 'progress', id, fraction: 0.5 });
    expect(progress.at(-1)).toEqual({ task: 'run', fraction: 0.5 });
    worker().reply(generated(id));
    expect(progress.at(-1)).toBeUndefined();
  });

  it('cancel terminates the worker at once, starts a fresh one and rejects pending files', async () => {
    const { client, workers, worker, clock } = setup();
    client.run('a');
    const file = client.build('csv', { text: 'a', seed: 1, seedSource: 'config' });
    clock.advance(LONG_TASK_MS);
    client.cancel();
    expect(workers).toHaveLength(2);
    expect(workers[0]?.terminated).toBe(true);
    await expect(file).rejects.toBeInstanceOf(CancelledError);
    // the fresh worker takes new work
    client.run('b');
    expect(worker().requests.map((r) => r.type)).toEqual(['run']);
  });

  it('stops a long run that a newer edit superseded instead of waiting for it', () => {
    const { client, workers, runs, clock } = setup();
    client.run('huge');
    clock.advance(LONG_TASK_MS + 1);
    client.run('huge, edited');
    expect(workers).toHaveLength(2);
    expect(workers[0]?.terminated).toBe(true);
    expect(runs().map((r) => r.text)).toEqual(['huge, edited']);
  });

  it('resolves files and estimates, and turns a worker failure into a rejection', async () => {
    const { client, worker } = setup();
    const ref = { text: 'a', seed: 1, seedSource: 'config' as const };
    const est = client.estimate('json', ref);
    const file = client.build('csv', ref);
    const failing = client.build('json', ref);
    const [e, f, g] = worker().requests;
    worker().reply({ type: 'estimate', id: e!.id, bytes: 1234 });
    worker().reply({ type: 'file', id: f!.id, blob: new Blob(['x,y\n']) });
    worker().reply({ type: 'failed', id: g!.id, message: 'out of memory' });
    expect(await est).toBe(1234);
    expect((await file).size).toBe(4);
    await expect(failing).rejects.toThrow('out of memory');
  });

  it('reports a crashed worker and replaces it', () => {
    const { client, workers, crashes } = setup();
    client.run('a');
    workers[0]?.onerror?.({ message: 'boom' });
    expect(crashes).toEqual(['boom']);
    expect(workers).toHaveLength(2);
    expect(workers[0]?.terminated).toBe(true);
  });
});

describe('EngineClient views (zoom)', () => {
  const ref = { text: 't', seed: 1, seedSource: 'config' as const };
  const views = (w: FakeWorker) => w.requests.filter((r): r is Extract<WorkerRequest, { type: 'view' }> => r.type === 'view');
  const answer = (id: number, first: number, last: number) => ({ type: 'view', id, first, last, series: [] });

  it('keeps one view in flight, sends only the newest waiting one, and answers the rest with nothing', async () => {
    const { client, worker } = setup();
    const a = client.view(ref, 0, 10);
    const b = client.view(ref, 0, 20);
    const c = client.view(ref, 0, 30);
    expect(views(worker()).map((r) => r.last)).toEqual([10]);
    await expect(b).resolves.toBeUndefined(); // superseded before it was sent
    worker().reply(answer(views(worker())[0]!.id, 0, 10));
    // a's answer came after c was asked for: it is stale
    await expect(a).resolves.toBeUndefined();
    expect(views(worker()).map((r) => r.last)).toEqual([10, 30]);
    worker().reply(answer(views(worker())[1]!.id, 0, 30));
    await expect(c).resolves.toEqual({ first: 0, last: 30, series: [] });
  });

  it('answers nothing when the worker fails the view, and goes on with the next', async () => {
    const { client, worker } = setup();
    const a = client.view(ref, 0, 10);
    worker().reply({ type: 'failed', id: views(worker())[0]!.id, message: 'no' });
    await expect(a).resolves.toBeUndefined();
    const b = client.view(ref, 5, 10);
    worker().reply(answer(views(worker())[1]!.id, 5, 10));
    await expect(b).resolves.toMatchObject({ first: 5, last: 10 });
  });
});
