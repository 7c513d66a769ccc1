import { describe, expect, it } from 'vitest';
import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import type { Diagnostic } from '../engine/index.ts';
import { CancelledError, type ClientEvents } from '../worker/client.ts';
import type { FileFormat, ResultRef } from '../worker/protocol.ts';
import type { AppDeps, Engine } from './appDeps.ts';
import { createAppStore, type InitialDocument } from './appStore.ts';
import { createDraftSlots } from './draftSlots.ts';
import { createDraftStore } from './drafts.ts';
import { createRunJournal } from './runJournal.ts';
import { MemoryDb, MemoryStorage } from './storageFakes.ts';
import { BANNER_DELAY_MS, watchCalmErrors, type Timers } from './calmErrors.ts';
import { selectCanDownload, selectDimmed, selectDownloadsLastGood, selectFirstError } from './selectors.ts';

/** Timers that run only when the test advances them. */
function manualTimers(): Timers & { advance(ms: number): void } {
  let now = 0;
  let pending: { at: number; fn: () => void; id: number }[] = [];
  let next = 1;
  return {
    setTimeout(fn, ms) {
      const id = next++;
      pending.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout(handle) {
      pending = pending.filter((p) => p.id !== handle);
    },
    advance(ms) {
      now += ms;
      const due = pending.filter((p) => p.at <= now);
      pending = pending.filter((p) => p.at > now);
      for (const p of due) p.fn();
    },
  };
}

const EXAMPLE = '[general]\nseed = 42\nnum_samples = 150\n\n[metrics.cpu]\nvalue = 60\n';
const SPIKE = '# CPU spike\n[general]\nnum_samples = 10\n\n[metrics.cpu]\nvalue = 90\n';


const series = (name: string, numSamples = 150): DisplaySeries => ({ name, x: new Float64Array([0]), y: new Float64Array([1]), numSamples, min: 1, max: 1, windows: [], unit: undefined });
const error = (line: number, message: string): Diagnostic => ({ severity: 'error', message, from: 0, to: 1, line, column: 1, endLine: line, endColumn: 2 });

class FakeEngine implements Engine {
  runs: string[] = [];
  cancelled = 0;
  builds: { format: FileFormat; ref: ResultRef }[] = [];
  estimates: { format: FileFormat; ref: ResultRef }[] = [];
  constructor(readonly events: ClientEvents) {}
  run(text: string): void {
    this.runs.push(text);
  }
  cancel(): void {
    this.cancelled++;
  }
  estimate(format: FileFormat, ref: ResultRef): Promise<number> {
    this.estimates.push({ format, ref });
    return Promise.resolve(123_456_789);
  }
  build(format: FileFormat, ref: ResultRef): Promise<Blob> {
    this.builds.push({ format, ref });
    return Promise.resolve(new Blob(['cpu\n60\n']));
  }
  generated(text: string, numSamples = 150, seedSource: 'config' | 'random' = 'config'): void {
    this.events.onOutcome({ kind: 'generated', text, diagnostics: [], series: [series('cpu', numSamples)], summary: { elapsedMs: 1, seed: 42, seedSource, numSamples, clock: undefined } });
  }
}

function setup(initial: InitialDocument = { text: EXAMPLE }, local = new MemoryStorage(), db = new MemoryDb()) {
  let engine: FakeEngine | undefined;
  const saved: { blob: Blob; name: string }[] = [];
  const copied: string[] = [];
  const drafts = createDraftStore(createDraftSlots({ local, db }), {}, () => 1000);
  const journal = createRunJournal(local);
  const deps: AppDeps = {
    startEngine: (events) => (engine = new FakeEngine(events)),
    drafts,
    journal,
    examples: [
      { name: 'config', description: undefined, text: EXAMPLE },
      { name: 'cpu-spike', description: 'CPU spike', text: SPIKE },
    ],
    encodeShare: (text) => Promise.resolve(`v1:${text.length}`),
    shareBase: () => 'https://example.test/play/#old',
    copyText: (text) => {
      copied.push(text);
      return Promise.resolve(true);
    },
    saveFile: (blob, name) => saved.push({ blob, name }),
    randomSeed: () => 777,
  };
  const store = createAppStore(deps, initial);
  return { store, engine: engine!, drafts, journal, local, saved, copied, actions: store.getState().actions };
}

describe('app store', () => {
  it('sends the initial text and each edit to the engine, and is ready once the result for the current text lands', () => {
    const { store, engine, actions } = setup();
    expect(engine.runs).toEqual([EXAMPLE]);
    expect(store.getState().runState).toBe('running');
    engine.generated(EXAMPLE);
    expect(store.getState().runState).toBe('ready');
    actions.textChanged(EXAMPLE + '# x\n');
    expect(store.getState().runState).toBe('running');
    expect(engine.runs).toHaveLength(2);
  });

  it('ignores an outcome for a text that is no longer in the editor', () => {
    const { store, engine, actions } = setup();
    actions.textChanged('newer');
    engine.generated(EXAMPLE);
    expect(store.getState().series).toEqual([]);
    expect(store.getState().runState).toBe('running');
  });

  it('keeps the last good charts and their downloads while the text has errors; dims them and names the error only once the text has rested wrong', async () => {
    const { store, engine, actions, saved } = setup();
    const timers = manualTimers();
    watchCalmErrors(store, timers);
    engine.generated(EXAMPLE);
    const good = store.getState().series;
    const broken = EXAMPLE.replace('60', '-');
    actions.textChanged(broken);
    engine.events.onOutcome({ kind: 'invalid', text: broken, diagnostics: [error(6, 'first'), error(7, 'second')], elapsedMs: 0.3 });
    let s = store.getState();
    expect(s.runState).toBe('error');
    expect(s.series).toBe(good);
    expect(selectFirstError(s)).toMatchObject({ line: 6, message: 'first' }); // the editor marks it at once
    // Still being typed: no banner, no dimming.
    expect(s.shownError).toBeUndefined();
    expect(selectDimmed(s)).toBe(false);
    timers.advance(BANNER_DELAY_MS - 1);
    expect(store.getState().shownError).toBeUndefined();
    timers.advance(1);
    s = store.getState();
    expect(s.shownError).toMatchObject({ first: { line: 6, message: 'first' }, count: 2 });
    expect(selectDimmed(s)).toBe(true);
    // The downloads give the last good run, the one the charts show.
    expect(selectCanDownload(s)).toBe(true);
    expect(selectDownloadsLastGood(s)).toBe(true);
    await actions.requestDownload('csv');
    expect(engine.builds[0]?.ref).toEqual({ text: EXAMPLE, seed: 42, seedSource: 'config' });
    expect(saved).toHaveLength(1);
    // Typing on keeps the banner (no blinking while the answer is on the way); a fix clears it at once.
    actions.textChanged(broken + '#');
    expect(store.getState().shownError).toBeDefined();
    actions.textChanged(EXAMPLE);
    engine.generated(EXAMPLE);
    expect(store.getState().shownError).toBeUndefined();
    expect(selectDownloadsLastGood(store.getState())).toBe(false);
  });

  it('names the errors of the text the page opened with (a link, a draft) as soon as they are known: nobody is typing it', () => {
    const broken = EXAMPLE.replace('60', '-');
    const { store, engine } = setup({ text: broken });
    const timers = manualTimers();
    watchCalmErrors(store, timers);
    engine.events.onOutcome({ kind: 'invalid', text: broken, diagnostics: [error(6, 'opened wrong')], elapsedMs: 0.3 });
    expect(store.getState().shownError).toMatchObject({ first: { line: 6, message: 'opened wrong' }, count: 1 });
  });

  it('shows no banner for an error that is fixed within the delay', () => {
    const { store, engine, actions } = setup();
    const timers = manualTimers();
    watchCalmErrors(store, timers);
    engine.generated(EXAMPLE);
    const broken = EXAMPLE.replace('60', '6x');
    actions.textChanged(broken);
    engine.events.onOutcome({ kind: 'invalid', text: broken, diagnostics: [error(6, 'half typed')], elapsedMs: 0.3 });
    timers.advance(300);
    actions.textChanged(EXAMPLE);
    engine.generated(EXAMPLE);
    timers.advance(BANNER_DELAY_MS * 2);
    expect(store.getState().shownError).toBeUndefined();
  });

  it('choosing an example keeps the current text in the draft history and names downloads after it', async () => {
    const { store, engine, actions, drafts, saved } = setup();
    actions.textChanged('my own work');
    actions.chooseExample('cpu-spike');
    expect(store.getState().text).toBe(SPIKE);
    expect(drafts.history()[0]?.text).toBe('my own work');
    engine.generated(SPIKE);
    await actions.requestDownload('csv');
    expect(saved[0]?.name).toBe('cpu-spike-seed42.csv');
    expect(engine.builds[0]?.ref).toEqual({ text: SPIKE, seed: 42, seedSource: 'config' });
  });

  it('gives the name back when undo takes the text back across an example', () => {
    const { store, actions } = setup({ text: 'my own work', own: true });
    expect(store.getState().exampleName).toBeUndefined();
    actions.chooseExample('cpu-spike');
    expect(store.getState().exampleName).toBe('cpu-spike');
    actions.textChanged('my own work'); // Ctrl-Z: the editor reports the old text like any change
    expect(store.getState().exampleName).toBeUndefined();
    actions.textChanged(SPIKE); // Ctrl-Shift-Z
    expect(store.getState().exampleName).toBe('cpu-spike');
    actions.textChanged(SPIKE + '# tweak'); // an edit of the example keeps its name
    expect(store.getState().exampleName).toBe('cpu-spike');
  });

  it('takes a valid text\'s diagnostics as soon as the worker has checked it, before its long run ends', () => {
    const { store, engine, actions } = setup();
    engine.generated(EXAMPLE);
    const broken = EXAMPLE.replace('60', '6x');
    actions.textChanged(broken);
    engine.events.onOutcome({ kind: 'invalid', text: broken, diagnostics: [error(6, 'bad')], elapsedMs: 0.3 });
    const long = EXAMPLE.replace('150', '9000000');
    actions.textChanged(long);
    expect(store.getState().diagnosticsFor).toBe(broken); // the editor keeps the old marks, mapped
    engine.events.onChecked?.(long, []);
    expect(store.getState()).toMatchObject({ diagnostics: [], diagnosticsFor: long, runState: 'running' });
    engine.events.onChecked?.(broken, [error(6, 'stale')]); // a check of another text changes nothing
    expect(store.getState().diagnosticsFor).toBe(long);
  });

  it('names downloads "chaosgen" for text that did not come from an example', async () => {
    const { engine, actions, saved } = setup({ text: 'custom', fromLink: true });
    engine.generated('custom');
    await actions.requestDownload('json');
    expect(saved[0]?.name).toBe('chaosgen-seed42.json');
  });

  it('asks for confirmation with the expected size before building a file of a million samples or more', async () => {
    const { store, engine, actions, saved } = setup();
    engine.generated(EXAMPLE, 1_000_000);
    await actions.requestDownload('csv');
    expect(store.getState().download).toEqual({ phase: 'confirm', format: 'csv', bytes: 123_456_789, plan: 'memory' });
    expect(engine.builds).toHaveLength(0);
    await actions.confirmDownload();
    expect(saved).toHaveLength(1);
    expect(store.getState().download).toEqual({ phase: 'idle' });
  });

  it('a share link replaces the text, keeps the draft one click away, and "Restore my draft" brings it back', () => {
    const { store, actions, drafts } = setup({ text: 'my draft', own: true });
    actions.linkOpened('shared text');
    expect(store.getState().text).toBe('shared text');
    expect(store.getState().notice?.restoreDraft).toBe(true);
    expect(drafts.history()[0]?.text).toBe('my draft');
    actions.restoreDraft();
    expect(store.getState().text).toBe('my draft');
    expect(store.getState().draftBeforeLink).toBeUndefined();
  });

  it('writes a typed or re-rolled seed into the text', () => {
    const { store, actions } = setup();
    actions.applySeed(7);
    expect(store.getState().text).toContain('seed = 7\n');
    actions.rerollSeed();
    expect(store.getState().text).toContain('seed = 777\n');
  });

  it('share puts a link with the text in its fragment on the clipboard', async () => {
    const { store, actions, copied } = setup();
    await actions.share();
    expect(store.getState().share).toEqual({ phase: 'open', url: `https://example.test/play/#v1:${EXAMPLE.length}`, copied: true });
    expect(copied).toEqual([`https://example.test/play/#v1:${EXAMPLE.length}`]);
  });

  it('cancel stops the engine and leaves the last charts in place', () => {
    const { store, engine, actions } = setup();
    engine.generated(EXAMPLE);
    actions.textChanged(EXAMPLE.replace('150', '10000000'));
    actions.cancel();
    expect(engine.cancelled).toBe(1);
    expect(store.getState().runState).toBe('ready');
    expect(store.getState().series).toHaveLength(1);
    expect(store.getState().notice?.tone).toBe('info');
  });

  it('a cancelled build is not reported as an error', async () => {
    const { store, engine, actions } = setup();
    engine.generated(EXAMPLE);
    engine.build = () => Promise.reject(new CancelledError());
    await actions.requestDownload('csv');
    expect(store.getState().notice).toBeUndefined();
    expect(store.getState().download).toEqual({ phase: 'idle' });
  });

  it('a cancelled run is not held back on the next start', () => {
    const { engine, actions, local } = setup();
    engine.generated(EXAMPLE);
    actions.textChanged(EXAMPLE.replace('150', '10000000'));
    actions.cancel();
    expect(createRunJournal(local).unfinished(EXAMPLE.replace('150', '10000000'))).toBe(false);
  });
});

const HUGE = EXAMPLE.replace('150', '10000000');

describe('runs that never finished', () => {
  it('every run is recorded before it is sent, and forgotten when it finishes', () => {
    const { engine, actions, local } = setup();
    expect(createRunJournal(local).unfinished(EXAMPLE)).toBe(true); // the initial run, in flight
    engine.generated(EXAMPLE);
    expect(createRunJournal(local).unfinished(EXAMPLE)).toBe(false);
    actions.textChanged(HUGE);
    expect(engine.runs.at(-1)).toBe(HUGE);
    // the tab dies now: the next page sees it
    expect(createRunJournal(local).unfinished(HUGE)).toBe(true);
  });

  it('a text whose run never finished opens without running; "Run it" runs it', () => {
    const { store, engine, actions, local } = setup({ text: HUGE, held: true });
    expect(engine.runs).toEqual([]);
    expect(store.getState().runState).toBe('held');
    actions.runHeld();
    expect(engine.runs).toEqual([HUGE]);
    expect(store.getState().runState).toBe('running');
    engine.generated(HUGE);
    expect(store.getState().runState).toBe('ready');
    expect(createRunJournal(local).unfinished(HUGE)).toBe(false);
  });

  it('editing a held text runs the edit normally', () => {
    const { store, engine, actions } = setup({ text: HUGE, held: true });
    actions.textChanged(HUGE.replace('10000000', '1000'));
    expect(engine.runs).toEqual([HUGE.replace('10000000', '1000')]);
    expect(store.getState().runState).toBe('running');
  });

  it('a link opened in the open page follows the same rule: shown, not run, the charts emptied', () => {
    const local = new MemoryStorage();
    createRunJournal(local).started(HUGE); // an earlier page died running it
    const { store, engine, actions } = setup({ text: EXAMPLE }, local);
    engine.generated(EXAMPLE);
    actions.textChanged(EXAMPLE + '# typing\n'); // a run in flight
    actions.linkOpened(HUGE);
    expect(store.getState().text).toBe(HUGE);
    expect(store.getState().runState).toBe('held');
    expect(store.getState().series).toEqual([]);
    expect(engine.runs).not.toContain(HUGE);
    expect(engine.cancelled).toBe(1); // the superseded run is stopped
    actions.runHeld();
    expect(engine.runs.at(-1)).toBe(HUGE);
  });
});

describe('the user’s own draft', () => {
  it('after 11 links opened in the page, "Restore my draft" still brings back what the user typed', async () => {
    const { store, actions, drafts } = setup();
    actions.textChanged('what I typed');
    for (let k = 1; k <= 11; k++) actions.linkOpened(`link ${k}`);
    await drafts.flush();
    expect(store.getState().notice?.message).toMatch(/Your own draft is saved/);
    actions.restoreDraft();
    expect(store.getState().text).toBe('what I typed');
  });

  it('says the draft is saved only after storage confirmed it, and says so when it refused', async () => {
    const ok = setup();
    ok.actions.textChanged('mine');
    ok.actions.linkOpened('shared');
    expect(ok.store.getState().notice?.message).not.toMatch(/saved\./);
    await ok.drafts.flush();
    expect(ok.store.getState().notice?.message).toMatch(/Your own draft is saved\./);

    const localFull = setup({ text: EXAMPLE }, new MemoryStorage(0));
    localFull.actions.textChanged('mine');
    localFull.actions.linkOpened('shared');
    await localFull.drafts.flush(); // IndexedDB took it
    expect(localFull.store.getState().notice?.message).toMatch(/Your own draft is saved\./);

    const fullDb = new MemoryDb();
    fullDb.refuse = 'full';
    const refused = setup({ text: EXAMPLE }, new MemoryStorage(0), fullDb);
    refused.actions.textChanged('mine');
    refused.actions.linkOpened('shared');
    await refused.drafts.flush();
    const notice = refused.store.getState().notice;
    expect(notice?.message).toMatch(/could not be saved \(storage is full\)/);
    expect(notice?.message).not.toMatch(/is saved/);
    expect(notice?.restoreDraft).toBe(true);
    refused.actions.restoreDraft(); // still one click away in this tab
    expect(refused.store.getState().text).toBe('mine');
  });

  it('a text the app put in (an example) is set aside but does not replace the pinned draft', () => {
    const { actions, drafts } = setup();
    actions.textChanged('typed');
    actions.chooseExample('cpu-spike');
    actions.chooseExample('config');
    expect(drafts.mine()?.text).toBe('typed');
    expect(drafts.history().map((e) => e.text)).toEqual([SPIKE, 'typed']);
  });
});
