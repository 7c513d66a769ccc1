import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from './appStore.ts';
import { AUTOSAVE_MS, startAutosave } from './autosave.ts';
import { createDraftSlots, type StorageLike } from './draftSlots.ts';
import { createDraftStore } from './drafts.ts';
import { createRunJournal } from './runJournal.ts';
import { MemoryDb, MemoryStorage } from './storageFakes.ts';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

function setup(local: MemoryStorage = new MemoryStorage(), db = new MemoryDb()) {
  const writes: string[] = [];
  const spy: StorageLike = {
    getItem: (k) => local.getItem(k),
    setItem: (k, v) => {
      local.setItem(k, v);
      if (k === 'chaosgen:draft') writes.push((JSON.parse(v) as { data: { text: string } }).data.text);
    },
    removeItem: (k) => local.removeItem(k),
  };
  const drafts = createDraftStore(createDraftSlots({ local: spy, db }), { current: { savedAt: 1, data: { text: 'start', own: false } } });
  const engine = { run() {}, cancel() {}, estimate: () => Promise.resolve(0), build: () => Promise.resolve(new Blob()) };
  const store = createAppStore(
    { startEngine: () => engine, drafts, journal: createRunJournal(undefined), examples: [], encodeShare: () => Promise.resolve(''), shareBase: () => '', copyText: () => Promise.resolve(true), saveFile() {}, randomSeed: () => 1 },
    { text: 'start' },
  );
  return { store, drafts, writes };
}

describe('autosave', () => {
  it('saves the text once typing pauses, not on every keystroke', async () => {
    const { store, drafts, writes } = setup();
    startAutosave(store, drafts);
    for (const t of ['s', 'st', 'sta']) store.getState().actions.textChanged(t);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(writes).toEqual(['sta']);
    expect(drafts.current()).toEqual({ text: 'sta', own: true });
  });

  it('flush saves at once (the page is being hidden)', async () => {
    const { store, drafts, writes } = setup();
    const autosave = startAutosave(store, drafts);
    store.getState().actions.textChanged('typed just now');
    autosave.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual(['typed just now']);
  });

  it('the last keystroke is saved the moment the page is hidden, before the pause ends, and once', async () => {
    const { store, drafts, writes } = setup();
    let hide: (() => void) | undefined;
    const autosave = startAutosave(store, drafts, AUTOSAVE_MS, (listener) => {
      hide = listener;
      return () => (hide = undefined);
    });
    for (const t of ['a big config', 'a big config!']) store.getState().actions.textChanged(t);
    expect(writes).toEqual([]); // still typing: nothing written yet
    hide?.(); // another tab, or the phone's home screen
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual(['a big config!']);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS); // the pending pause saves nothing twice
    expect(writes).toEqual(['a big config!']);
    autosave.stop();
    expect(hide).toBeUndefined(); // stopped listening
  });

  it('the page never shows "saved" for a text not yet written, and shows why a write failed', async () => {
    const local = new MemoryStorage();
    const db = new MemoryDb();
    const { store, drafts } = setup(local, db);
    startAutosave(store, drafts);
    expect(store.getState().draftSave).toEqual({ kind: 'saved' });
    store.getState().actions.textChanged('typed');
    expect(store.getState().draftSave).toEqual({ kind: 'saving' }); // before the debounce ends
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(store.getState().draftSave).toEqual({ kind: 'saved' });

    local.refuse = 'full';
    db.refuse = 'full';
    store.getState().actions.textChanged('typed more');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    expect(store.getState().draftSave).toEqual({ kind: 'failed', reason: 'full' });
    store.getState().actions.textChanged('typed even more');
    expect(store.getState().draftSave).toEqual({ kind: 'failed', reason: 'full' }); // a change is not a save

    local.refuse = 'none'; // space freed: the retry timer gets it through
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.getState().draftSave).toEqual({ kind: 'saved' });
    expect(drafts.current()?.text).toBe('typed even more');
  });

  it('a text shown but never stored (the default example) is stored at start', async () => {
    const drafts = createDraftStore(createDraftSlots({ local: new MemoryStorage(), db: new MemoryDb() }), {});
    const engine = { run() {}, cancel() {}, estimate: () => Promise.resolve(0), build: () => Promise.resolve(new Blob()) };
    const store = createAppStore(
      { startEngine: () => engine, drafts, journal: createRunJournal(undefined), examples: [], encodeShare: () => Promise.resolve(''), shareBase: () => '', copyText: () => Promise.resolve(true), saveFile() {}, randomSeed: () => 1 },
      { text: 'the default' },
    );
    startAutosave(store, drafts);
    await vi.advanceTimersByTimeAsync(0);
    expect(drafts.current()).toEqual({ text: 'the default', own: false });
    expect(store.getState().draftSave).toEqual({ kind: 'saved' });
  });
});
