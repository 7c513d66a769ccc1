import { describe, expect, it } from 'vitest';
import { EngineClient } from './client.ts';
import { FakeClock, FakeWorker } from './clientTestKit.ts';
import { generated } from './clientTestKit.ts';
import { holdEarlyEvents, PRIMED_RUN_ID, preparedWorkers } from './preparedWorkers.ts';
import type { RunOutcome } from './client.ts';

function factory() {
  const made: FakeWorker[] = [];
  const create = (): FakeWorker => {
    const w = new FakeWorker();
    made.push(w);
    return w;
  };
  return { made, create };
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('preparedWorkers', () => {
  it('makes the first worker at once, hands it to the first caller, and fresh ones afterwards', () => {
    const { made, create } = factory();
    const next = preparedWorkers(create);
    expect(made).toHaveLength(1); // started before anyone asked
    const first = next();
    first.postMessage({ type: 'run', id: 1, text: 'x' });
    expect(made[0]?.requests).toHaveLength(1);
    expect(made).toHaveLength(1);
    next();
    next();
    expect(made).toHaveLength(3);
  });

  it('a client that restarts after a crash or a cancel gets a new worker and stops the old', async () => {
    const { made, create } = factory();
    const crashes: string[] = [];
    const client = new EngineClient(preparedWorkers(create), { onOutcome: () => {}, onProgress: () => {}, onCrash: (m) => crashes.push(m) }, new FakeClock());
    expect(made).toHaveLength(1);
    client.cancel();
    expect(made).toHaveLength(2);
    expect(made[0]?.terminated).toBe(true);
    made[1]?.onerror?.({ message: 'boom' });
    await tick();
    expect(crashes).toEqual(['boom']);
    expect(made).toHaveLength(3);
    expect(made[1]?.terminated).toBe(true);
    client.dispose();
  });

  it('a failure of the early worker before the client listens still reaches the client', async () => {
    const { made, create } = factory();
    const next = preparedWorkers(create);
    made[0]?.onerror?.({ message: 'the worker script could not be loaded' }); // nobody listening yet
    const crashes: string[] = [];
    const client = new EngineClient(next, { onOutcome: () => {}, onProgress: () => {}, onCrash: (m) => crashes.push(m) }, new FakeClock());
    await tick();
    expect(crashes).toEqual(['the worker script could not be loaded']);
    expect(made[0]?.terminated).toBe(true);
    expect(made).toHaveLength(2); // replaced by a fresh one
    client.dispose();
  });
});

describe('the first run, sent before the app exists (prime)', () => {
  it('goes to the worker made ahead of time; the client adopts it and sends the same text no second time', async () => {
    const { made, create } = factory();
    const next = preparedWorkers(create);
    next.prime('opening');
    expect(made[0]?.requests).toEqual([{ type: 'run', id: PRIMED_RUN_ID, text: 'opening' }]);
    made[0]?.reply({ type: 'progress', id: PRIMED_RUN_ID, fraction: 0 });
    made[0]?.reply(generated(PRIMED_RUN_ID)); // answered before any client listens
    const outcomes: RunOutcome[] = [];
    const client = new EngineClient(next, { onOutcome: (o) => outcomes.push(o), onProgress: () => {}, onCrash: () => {} }, new FakeClock());
    client.run('opening'); // what the store asks for first: the same text
    expect(made[0]?.requests).toHaveLength(1);
    await tick();
    expect(outcomes.map((o) => [o.kind, o.text])).toEqual([['generated', 'opening']]);
    // later runs get ids of their own
    client.run('edited');
    expect(made[0]?.requests.at(-1)).toMatchObject({ type: 'run', text: 'edited' });
    expect((made[0]?.requests.at(-1) as { id: number }).id).toBeGreaterThan(PRIMED_RUN_ID);
    client.dispose();
  });

  it('is superseded like any run when the first text the client asks for is another', async () => {
    const { made, create } = factory();
    const next = preparedWorkers(create);
    next.prime('link');
    const outcomes: RunOutcome[] = [];
    const client = new EngineClient(next, { onOutcome: (o) => outcomes.push(o), onProgress: () => {}, onCrash: () => {} }, new FakeClock());
    client.run('other');
    expect(made[0]?.requests).toHaveLength(1); // waits for the run in flight, as for any run
    made[0]?.reply(generated(PRIMED_RUN_ID));
    await tick();
    expect(outcomes).toEqual([]); // the primed text's answer is stale
    expect(made[0]?.requests.at(-1)).toMatchObject({ type: 'run', text: 'other' });
    client.dispose();
  });

  it('is not sent once a client has taken the worker, nor twice', () => {
    const { made, create } = factory();
    const next = preparedWorkers(create);
    next.prime('a');
    next.prime('b');
    expect(made[0]?.requests).toHaveLength(1);
    next();
    next.prime('c');
    expect(made[0]?.requests).toHaveLength(1);
  });

  it('says when the worker has spoken and when the first run is answered, or gives up waiting at the cap', async () => {
    const { made, create } = factory();
    const next = preparedWorkers(create);
    next.prime('x');
    let heard = false;
    let answered = false;
    void next.heard(10_000).then(() => (heard = true));
    void next.answered(10_000).then(() => (answered = true));
    await tick();
    expect([heard, answered]).toEqual([false, false]);
    made[0]?.reply({ type: 'progress', id: PRIMED_RUN_ID, fraction: 0 });
    await tick();
    expect([heard, answered]).toEqual([true, false]);
    made[0]?.reply({ type: 'checked', id: PRIMED_RUN_ID, diagnostics: [] });
    await tick();
    expect(answered).toBe(false);
    made[0]?.reply(generated(PRIMED_RUN_ID));
    await tick();
    expect(answered).toBe(true);

    const silent = factory();
    const quiet = preparedWorkers(silent.create);
    quiet.prime('y');
    const started = Date.now();
    await quiet.answered(30);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25); // the cap, not an answer
  });

  it('counts a worker that failed as answered: the app must not wait for it', async () => {
    const { made, create } = factory();
    const next = preparedWorkers(create);
    next.prime('x');
    let answered = false;
    void next.answered(10_000).then(() => (answered = true));
    made[0]?.onerror?.({ message: 'could not load' });
    await tick();
    expect(answered).toBe(true);
  });
});

describe('holdEarlyEvents', () => {
  it('delivers what arrived before the handlers, in order, then passes events straight through', async () => {
    const inner = new FakeWorker();
    const port = holdEarlyEvents(inner);
    inner.reply('a');
    inner.onerror?.({ message: 'b' });
    inner.reply('c');
    const seen: string[] = [];
    port.onmessage = (e) => seen.push(`message ${String(e.data)}`);
    port.onerror = (e) => seen.push(`error ${e.message ?? ''}`);
    expect(seen).toEqual([]); // not before the caller has attached both
    await tick();
    expect(seen).toEqual(['message a', 'error b', 'message c']);
    inner.reply('d');
    expect(seen).toEqual(['message a', 'error b', 'message c', 'message d']);
  });

  it('drops what was held once terminated', async () => {
    const inner = new FakeWorker();
    const port = holdEarlyEvents(inner);
    inner.reply('late');
    port.terminate();
    const seen: unknown[] = [];
    port.onmessage = (e) => seen.push(e.data);
    await tick();
    expect(seen).toEqual([]);
    expect(inner.terminated).toBe(true);
  });
});
