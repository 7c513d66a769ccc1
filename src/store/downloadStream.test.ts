import { describe, expect, it } from 'vitest';
import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import { CancelledError, WorkerCrashError, type ClientEvents, type WritePiece } from '../worker/client.ts';
import type { FileFormat, ResultRef } from '../worker/protocol.ts';
import type { AppDeps, Engine, FileSink } from './appDeps.ts';
import { createAppStore } from './appStore.ts';
import { createDraftSlots } from './draftSlots.ts';
import { createDraftStore } from './drafts.ts';
import { createRunJournal } from './runJournal.ts';
import { MemoryDb, MemoryStorage } from './storageFakes.ts';
import { DOWNLOAD_LIMITS, type DownloadEnv } from './downloadPlan.ts';

// Big downloads stream into the file the user picked, a cancelled or failed one leaves no
// finished-looking file, a file too big for this browser is refused, and a dead worker offers Retry.

const TEXT = '[general]\nseed = 42\nnum_samples = 2000000\n\n[metrics.cpu]\nvalue = 60\n';
const GB = 1_000_000_000;
const picker: DownloadEnv = { canStream: true, limits: DOWNLOAD_LIMITS };
const noPicker: DownloadEnv = { canStream: false, limits: DOWNLOAD_LIMITS };
const series: DisplaySeries = { name: 'cpu', x: new Float64Array([0]), y: new Float64Array([1]), numSamples: 2_000_000, min: 1, max: 1, windows: [], unit: undefined };

class StreamingEngine implements Engine {
  runs: string[] = [];
  bytes = 4.9 * GB;
  streamed: { format: FileFormat; ref: ResultRef }[] = [];
  /** What the stream does with the writer; by default two pieces and done. */
  streamBody = async (write: WritePiece): Promise<number> => {
    await write(new Uint8Array([1, 2]));
    await write(new Uint8Array([3]));
    return 3;
  };
  constructor(readonly events: ClientEvents) {}
  run(text: string): void {
    this.runs.push(text);
  }
  cancel(): void {}
  estimate(): Promise<number> {
    return Promise.resolve(this.bytes);
  }
  build(): Promise<Blob> {
    return Promise.resolve(new Blob(['x']));
  }
  stream(format: FileFormat, ref: ResultRef, write: WritePiece): Promise<number> {
    this.streamed.push({ format, ref });
    return this.streamBody(write);
  }
  generated(): void {
    this.events.onOutcome({ kind: 'generated', text: TEXT, diagnostics: [], series: [series], summary: { elapsedMs: 1, seed: 42, seedSource: 'config', numSamples: 2_000_000, clock: undefined } });
  }
}

function sink() {
  const log: string[] = [];
  const written: number[] = [];
  const s: FileSink = {
    write: (bytes) => {
      written.push(...bytes);
      return Promise.resolve();
    },
    close: () => Promise.resolve(void log.push('close')),
    abort: () => Promise.resolve(void log.push('abort')),
  };
  return { s, log, written };
}

function setup() {
  let engine: StreamingEngine | undefined;
  const saved: string[] = [];
  const deps: AppDeps = {
    startEngine: (events) => (engine = new StreamingEngine(events)),
    drafts: createDraftStore(createDraftSlots({ local: new MemoryStorage(), db: new MemoryDb() }), {}, () => 0),
    journal: createRunJournal(new MemoryStorage()),
    examples: [],
    encodeShare: () => Promise.resolve(''),
    shareBase: () => '',
    copyText: () => Promise.resolve(true),
    saveFile: (_blob, name) => saved.push(name),
    randomSeed: () => 1,
  };
  const store = createAppStore(deps, { text: TEXT });
  engine!.generated();
  return { store, engine: engine!, saved, actions: store.getState().actions };
}

describe('streamed downloads', () => {
  it('a 4.9 GB CSV asks first, then streams into the picked file and closes it', async () => {
    const { store, engine, actions, saved } = setup();
    await actions.requestDownload('csv', picker);
    expect(store.getState().download).toEqual({ phase: 'confirm', format: 'csv', bytes: 4.9 * GB, plan: 'stream' });
    const file = sink();
    await actions.confirmDownload(Promise.resolve(file.s));
    expect(file.written).toEqual([1, 2, 3]);
    expect(file.log).toEqual(['close']);
    expect(engine.streamed).toEqual([{ format: 'csv', ref: { text: TEXT, seed: 42, seedSource: 'config' } }]);
    expect(saved).toEqual([]); // nothing went through memory
    expect(store.getState().download).toEqual({ phase: 'idle' });
  });

  it('without a picker the same file is refused, and confirming builds nothing', async () => {
    const { store, engine, actions, saved } = setup();
    await actions.requestDownload('csv', noPicker);
    expect(store.getState().download).toMatchObject({ phase: 'confirm', plan: 'refuse' });
    await actions.confirmDownload();
    expect(engine.streamed).toEqual([]);
    expect(saved).toEqual([]);
  });

  it('closing the picker builds nothing and says nothing', async () => {
    const { store, engine, actions } = setup();
    await actions.requestDownload('json', picker);
    await actions.confirmDownload(Promise.resolve(undefined));
    expect(engine.streamed).toEqual([]);
    expect(store.getState().notice).toBeUndefined();
    expect(store.getState().download).toEqual({ phase: 'idle' });
  });

  it('a failed write aborts the file and says so, with Retry', async () => {
    const { store, engine, actions } = setup();
    engine.streamBody = async (write) => {
      await write(new Uint8Array([1]));
      throw new Error('disk full');
    };
    await actions.requestDownload('csv', picker);
    const file = sink();
    await actions.confirmDownload(Promise.resolve(file.s));
    expect(file.log).toEqual(['abort']);
    expect(store.getState().notice).toMatchObject({ tone: 'error', message: 'The CSV file could not be built: disk full.', retry: { kind: 'download', format: 'csv' } });
  });

  it('Cancel aborts the file quietly', async () => {
    const { store, engine, actions } = setup();
    engine.streamBody = () => Promise.reject(new CancelledError());
    await actions.requestDownload('csv', picker);
    const file = sink();
    await actions.confirmDownload(Promise.resolve(file.s));
    expect(file.log).toEqual(['abort']);
    expect(store.getState().notice).toBeUndefined();
  });

  it('a worker that went quiet during the file: the file is aborted, Retry asks for it again', async () => {
    const { store, engine, actions } = setup();
    engine.streamBody = () => {
      engine.events.onCrash('no answer for 8 s', ['csv']);
      return Promise.reject(new WorkerCrashError('no answer for 8 s'));
    };
    await actions.requestDownload('csv', picker);
    const file = sink();
    await actions.confirmDownload(Promise.resolve(file.s));
    expect(file.log).toEqual(['abort']);
    expect(store.getState().notice?.message).toBe('The CSV file could not be built: the generator stopped (no answer for 8 s). It has been restarted.');
    actions.retry(picker);
    await Promise.resolve();
    expect(store.getState().download).toMatchObject({ phase: 'confirm', plan: 'stream' });
  });
});

describe('a crashed worker during a run', () => {
  it('says what happened, leaves nothing running, and Retry runs the text again', () => {
    const { store, engine, actions } = setup();
    actions.textChanged(TEXT + '# edited\n');
    store.setState({ progress: { task: 'run', fraction: 0 } });
    engine.events.onCrash('no answer for 8 s', ['run']);
    const s = store.getState();
    expect(s.notice).toMatchObject({ tone: 'error', retry: { kind: 'run' } });
    expect(s.notice?.message).toContain('no answer for 8 s');
    expect(s.progress).toBeUndefined();
    expect(s.runState).not.toBe('running');
    actions.retry();
    expect(engine.runs.at(-1)).toBe(TEXT + '# edited\n');
    expect(store.getState().runState).toBe('running');
    expect(store.getState().notice).toBeUndefined();
  });
});
