import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate, parseConfig, toCsv, toJson } from '../engine/index.ts';
import { createEngineHost } from './engineHost.ts';
import type { WorkerResponse } from './protocol.ts';

// The worker's side of a streamed file: one piece at a time, each waiting for the page's ack,
// the pieces together byte-identical to the CLI's file, and other requests held back meanwhile.

const example = readFileSync(new URL('../../configs/config.toml', import.meta.url), 'utf8');
const big = example.replace('num_samples = 150', 'num_samples = 60000');
const ref = { text: big, seed: 42, seedSource: 'config' as const };
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function host() {
  const sent: { response: WorkerResponse; transfer: Transferable[] }[] = [];
  const h = createEngineHost((response, transfer) => sent.push({ response, transfer }));
  const types = () => sent.map((s) => s.response.type);
  return { h, sent, types };
}

function joined(pieces: readonly ArrayBuffer[]): string {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(new Uint8Array(p), at);
    at += p.byteLength;
  }
  return new TextDecoder().decode(out);
}

/** Waits (turns of the event loop) until `cond` holds: files are built asynchronously. */
async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 10_000 && !cond(); i++) await tick();
  if (!cond()) throw new Error('never happened');
}

/** Acks every piece as it comes, the way the page does after each write. */
async function drain(h: ReturnType<typeof host>, id: number): Promise<ArrayBuffer[]> {
  const pieces: ArrayBuffer[] = [];
  for (let i = 0; i < 10_000; i++) {
    if (h.sent.some(({ response: r }) => r.id === id && (r.type === 'streamed' || r.type === 'failed'))) return pieces;
    const last = h.sent.at(-1)?.response;
    if (last?.type === 'chunk' && last.id === id) {
      pieces.push(last.bytes);
      h.h.handle({ type: 'ack', id, stop: false });
    }
    await tick();
  }
  throw new Error('the stream never ended');
}

describe('engine host streaming', () => {
  it('streams CSV and JSON in transferred pieces, one per ack, equal to the CLI’s files', async () => {
    const expected = generate(parseConfig(big).config!);
    for (const [format, whole] of [['csv', toCsv(expected)], ['json', toJson(expected)]] as const) {
      const h = host();
      h.h.handle({ type: 'stream', id: 5, format, ref });
      await until(() => h.types().includes('chunk'));
      for (let i = 0; i < 20; i++) await tick();
      // Only the first piece goes out before the page answers.
      expect(h.types().filter((t) => t === 'chunk')).toHaveLength(1);
      expect(h.sent.at(-1)?.transfer).toHaveLength(1);
      const pieces = await drain(h, 5);
      expect(pieces.length).toBeGreaterThan(1);
      expect(joined(pieces)).toBe(whole);
      expect(h.sent.at(-1)?.response).toEqual({ type: 'streamed', id: 5, bytes: new TextEncoder().encode(whole).length });
    }
  });

  it('holds a run back until the stream it would disturb has finished', async () => {
    const h = host();
    h.h.handle({ type: 'run', id: 1, text: big });
    h.h.handle({ type: 'stream', id: 2, format: 'csv', ref });
    h.h.handle({ type: 'run', id: 3, text: example });
    expect(h.types().filter((t) => t === 'generated')).toHaveLength(1);
    const pieces = await drain(h, 2);
    expect(joined(pieces)).toBe(toCsv(generate(parseConfig(big).config!)));
    const order = h.sent.map(({ response: r }) => `${r.type}:${r.id}`);
    expect(order.indexOf('generated:3')).toBeGreaterThan(order.indexOf('streamed:2')); // held, then answered
  });

  it('ends the stream without another word when the page could not write a piece', async () => {
    const h = host();
    h.h.handle({ type: 'stream', id: 4, format: 'csv', ref });
    await until(() => h.types().includes('chunk'));
    h.h.handle({ type: 'ack', id: 4, stop: true });
    // …and takes the next request.
    h.h.handle({ type: 'run', id: 6, text: example });
    await until(() => h.types().includes('generated'));
    expect(h.types().filter((t) => t === 'chunk')).toHaveLength(1);
    expect(h.types()).not.toContain('streamed');
    expect(h.types()).not.toContain('failed');
  });
});
