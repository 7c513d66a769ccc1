import { describe, expect, it } from 'vitest';
import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import type { ClientEvents, ViewResult } from '../worker/client.ts';
import type { ResultRef } from '../worker/protocol.ts';
import type { AppDeps, Engine } from './appDeps.ts';
import { createAppStore } from './appStore.ts';
import { createDraftSlots } from './draftSlots.ts';
import { createDraftStore } from './drafts.ts';
import { createRunJournal } from './runJournal.ts';
import { MemoryDb, MemoryStorage } from './storageFakes.ts';
import { createWindowActions } from './windowActions.ts';
import { windowEdit } from './windowEdit.ts';

// The store's side of the charts' gestures: zooming asks the worker for the range's samples
// (dropping answers the charts have moved past), and a dragged window becomes one edit of the
// config in the user's spelling.

const INCIDENT = `[general]
start = 2026-03-02T14:00:00Z
interval = "1m"
num_samples = 240
seed = 11

[metrics.cpu]
value = 40

[[anomalies.cpu]]
at = "2h"   # after the deploy
recovery_time = 30
anomaly_factor = 1.5
pattern = "ramp"
`;

const series = (numSamples: number): DisplaySeries => ({ name: 'cpu', x: new Float64Array([0]), y: new Float64Array([1]), numSamples, min: 1, max: 1, windows: [], unit: undefined });

class ViewEngine implements Engine {
  runs: string[] = [];
  views: { ref: ResultRef; first: number; last: number; answer: (v: ViewResult | undefined) => void }[] = [];
  constructor(readonly events: ClientEvents) {}
  run(text: string): void {
    this.runs.push(text);
  }
  cancel(): void {}
  estimate(): Promise<number> {
    return Promise.resolve(0);
  }
  build(): Promise<Blob> {
    return Promise.resolve(new Blob([]));
  }
  view(ref: ResultRef, first: number, last: number): Promise<ViewResult | undefined> {
    return new Promise((answer) => this.views.push({ ref, first, last, answer }));
  }
  generated(text: string, numSamples = 240): void {
    this.events.onOutcome({ kind: 'generated', text, diagnostics: [], series: [series(numSamples)], summary: { elapsedMs: 1, seed: 11, seedSource: 'config', numSamples, clock: undefined } });
  }
}

function setup(text = INCIDENT) {
  let engine: ViewEngine | undefined;
  const local = new MemoryStorage();
  const deps: AppDeps = {
    startEngine: (events) => (engine = new ViewEngine(events)),
    drafts: createDraftStore(createDraftSlots({ local, db: new MemoryDb() }), {}, () => 1000),
    journal: createRunJournal(local),
    examples: [],
    encodeShare: () => Promise.resolve(''),
    shareBase: () => '',
    copyText: () => Promise.resolve(true),
    saveFile: () => undefined,
    randomSeed: () => 1,
  };
  const store = createAppStore(deps, { text });
  engine!.generated(text);
  return { store, engine: engine!, actions: store.getState().actions };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('zooming', () => {
  it('asks the worker for the samples of the range, of the run on screen, and keeps its answer', async () => {
    const { store, engine, actions } = setup();
    actions.zoomTo([100.5, 150.2]);
    expect(store.getState().zoom.range).toEqual([100.5, 150.2]);
    expect(engine.views.map(({ ref, first, last }) => ({ text: ref.text, seed: ref.seed, first, last }))).toEqual([{ text: INCIDENT, seed: 11, first: 100, last: 151 }]);
    const answer = { first: 100, last: 151, series: [series(240)] };
    engine.views[0]!.answer(answer);
    await flush();
    expect(store.getState().zoom.view).toMatchObject({ first: 100, last: 151, of: store.getState().series });
  });

  it('drops an answer for a run the charts no longer show, and asks again for the new run', async () => {
    const { store, engine, actions } = setup();
    actions.zoomTo([100, 150]);
    const edited = INCIDENT.replace('value = 40', 'value = 41');
    actions.textChanged(edited);
    engine.generated(edited);
    engine.views[0]!.answer({ first: 100, last: 150, series: [series(240)] });
    await flush();
    expect(store.getState().zoom.view).toBeUndefined();
    // The zoom stays where it was across the edit, and its samples are asked for from the new run.
    expect(store.getState().zoom.range).toEqual([100, 150]);
    expect(engine.views[1]?.ref.text).toBe(edited);
  });

  it('zooming out to the whole series is no zoom, and asks for nothing', () => {
    const { store, engine, actions } = setup();
    actions.zoomTo([-50, 1000]);
    expect(store.getState().zoom.range).toBeUndefined();
    expect(engine.views).toEqual([]);
  });
});

describe('moving a window on the chart', () => {
  it('writes the new at and recovery_time into the config in the user spelling, comments kept, and runs it', async () => {
    const { store, engine, actions } = setup();
    await actions.moveWindow({ metric: 'cpu', index: 0, window: { metric: 'cpu', first: 120, last: 149, effect: 'scale', pattern: 'ramp', factor: 1.5 }, first: 180, last: 219 });
    const text = store.getState().text;
    expect(store.getState().notice).toBeUndefined();
    expect(text).toContain('at = "3h"   # after the deploy\nrecovery_time = 40\n');
    expect(text.replace('"3h"', '"2h"').replace('recovery_time = 40', 'recovery_time = 30')).toBe(INCIDENT);
    expect(engine.runs.at(-1)).toBe(text);
  });

  it('refuses, in a notice, while the charts show an earlier text, and changes nothing', async () => {
    const { store, actions } = setup();
    const broken = INCIDENT.replace('value = 40', 'value = ');
    actions.textChanged(broken);
    await actions.moveWindow({ metric: 'cpu', index: 0, window: { metric: 'cpu', first: 120, last: 149, effect: 'scale', pattern: 'ramp', factor: 1.5 }, first: 180, last: 209 });
    expect(store.getState().text).toBe(broken);
    expect(store.getState().notice).toMatchObject({ tone: 'error', message: expect.stringContaining('earlier version') });
  });

  const DRAG = { metric: 'cpu', index: 0, window: { metric: 'cpu', first: 120, last: 149, effect: 'scale' as const, pattern: 'ramp' as const, factor: 1.5 }, first: 180, last: 219 };

  it('says so in a notice when the code of the edit cannot be loaded, and changes nothing', async () => {
    const { store } = setup();
    const replaced: string[] = [];
    const failing = createWindowActions((p) => store.setState(p), () => store.getState(), (text) => replaced.push(text), () => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    await failing.moveWindow(DRAG);
    expect(replaced).toEqual([]);
    expect(store.getState().text).toBe(INCIDENT);
    expect(store.getState().notice).toMatchObject({ tone: 'error', message: expect.stringMatching(/could not be changed: part of the page could not be loaded \(Failed to fetch dynamically imported module\); reload the page/) });
  });

  it('refuses when the text was changed while the code of the edit loaded', async () => {
    const { store, actions } = setup();
    let release = (): void => {};
    const slow = createWindowActions((p) => store.setState(p), () => store.getState(), (text) => store.setState({ text }), () => new Promise((resolve) => (release = () => resolve({ windowEdit }))));
    const moving = slow.moveWindow(DRAG);
    const typed = INCIDENT.replace('value = 40', 'value = 41');
    actions.textChanged(typed);
    release();
    await moving;
    expect(store.getState().text).toBe(typed);
    expect(store.getState().notice).toMatchObject({ tone: 'error', message: expect.stringContaining('earlier version') });
  });
});
