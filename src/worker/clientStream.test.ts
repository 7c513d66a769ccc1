import { describe, expect, it } from 'vitest';
import { CancelledError } from './client.ts';
import { setup } from './clientTestKit.ts';
import type { WorkerRequest } from './protocol.ts';

// Streamed files: each piece is written before the next is asked for (the ack), the watchdog
// waits for a slow disk, and a failed write stops the worker's stream.

const STALL = 8000;
const ref = { text: 'a', seed: 1, seedSource: 'config' as const };
const acks = (requests: readonly WorkerRequest[]) => requests.filter((r) => r.type === 'ack');
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function deferredWriter() {
  const written: number[][] = [];
  const pending: (() => void)[] = [];
  const failures: ((e: Error) => void)[] = [];
  const write = (bytes: Uint8Array): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      written.push([...bytes]);
      pending.push(resolve);
      failures.push(reject);
    });
  return { written, write, finishWrite: () => pending.shift()?.(), failWrite: (e: Error) => failures.shift()?.(e) };
}

describe('EngineClient.stream', () => {
  it('writes each piece, acks it only once written, and resolves with the size at the end', async () => {
    const { client, worker } = setup({ stallMs: STALL });
    const w = deferredWriter();
    const done = client.stream('csv', ref, w.write);
    const id = worker().requests[0]!.id;
    expect(worker().requests[0]).toMatchObject({ type: 'stream', format: 'csv', ref });
    worker().reply({ type: 'chunk', id, bytes: new Uint8Array([1, 2]).buffer, fraction: 0.5 });
    await flush();
    expect(w.written).toEqual([[1, 2]]);
    expect(acks(worker().requests)).toEqual([]); // not written yet: the worker must wait
    w.finishWrite();
    await flush();
    expect(acks(worker().requests)).toEqual([{ type: 'ack', id, stop: false }]);
    worker().reply({ type: 'chunk', id, bytes: new Uint8Array([3]).buffer, fraction: 0.99 });
    w.finishWrite();
    await flush();
    worker().reply({ type: 'streamed', id, bytes: 3 });
    expect(await done).toBe(3);
    expect(w.written).toEqual([[1, 2], [3]]);
  });

  it('waits for a slow disk without taking the worker for dead', async () => {
    const { client, worker, clock, crashes } = setup({ stallMs: STALL });
    const w = deferredWriter();
    const done = client.stream('json', ref, w.write);
    const id = worker().requests[0]!.id;
    worker().reply({ type: 'chunk', id, bytes: new Uint8Array([1]).buffer, fraction: 0.5 });
    clock.advance(STALL * 3); // the page is still writing
    expect(crashes).toEqual([]);
    w.finishWrite();
    await flush();
    clock.advance(STALL); // now the worker owes the next piece, and sends nothing
    expect(crashes).toHaveLength(1);
    await expect(done).rejects.toThrow(/no answer for 8 s/);
  });

  it('stops the worker’s stream and rejects when a write fails', async () => {
    const { client, worker } = setup({ stallMs: STALL });
    const w = deferredWriter();
    const done = client.stream('csv', ref, w.write);
    const id = worker().requests[0]!.id;
    worker().reply({ type: 'chunk', id, bytes: new Uint8Array([1]).buffer, fraction: 0.1 });
    w.failWrite(new Error('disk full'));
    await expect(done).rejects.toThrow('disk full');
    expect(acks(worker().requests)).toEqual([{ type: 'ack', id, stop: true }]);
  });

  it('cancel rejects the stream and sends no ack for a piece written afterwards', async () => {
    const { client, workers } = setup({ stallMs: STALL });
    const w = deferredWriter();
    const done = client.stream('csv', ref, w.write);
    const first = workers[0]!;
    first.reply({ type: 'chunk', id: first.requests[0]!.id, bytes: new Uint8Array([1]).buffer, fraction: 0.1 });
    client.cancel();
    await expect(done).rejects.toBeInstanceOf(CancelledError);
    w.finishWrite();
    await flush();
    expect(acks(first.requests)).toEqual([]);
    expect(workers[1]!.requests).toEqual([]);
  });
});
