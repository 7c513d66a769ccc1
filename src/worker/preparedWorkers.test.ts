import { describe, expect, it } from 'vitest';
import { EngineClient } from './client.ts';
import { FakeClock, FakeWorker } from './clientTestKit.ts';
import { holdEarlyEvents, preparedWorkers } from './preparedWorkers.ts';

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
