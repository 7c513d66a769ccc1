import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from './appStore.ts';
import { AUTOSAVE_MS, startAutosave } from './autosave.ts';
import { createDraftStore } from './drafts.ts';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

function setup() {
  const writes: string[] = [];
  const drafts = createDraftStore({ getItem: () => null, setItem: (_k, v) => void writes.push(v) });
  const engine = { run() {}, cancel() {}, estimate: () => Promise.resolve(0), build: () => Promise.resolve(new Blob()) };
  const store = createAppStore(
    { startEngine: () => engine, drafts, examples: [], encodeShare: () => Promise.resolve(''), shareBase: () => '', copyText: () => Promise.resolve(true), saveFile() {}, randomSeed: () => 1 },
    { text: 'start' },
  );
  return { store, drafts, writes };
}

describe('autosave', () => {
  it('saves the text once typing pauses, not on every keystroke', () => {
    const { store, drafts, writes } = setup();
    startAutosave(store, drafts);
    for (const t of ['s', 'st', 'sta']) store.getState().actions.textChanged(t);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(AUTOSAVE_MS);
    expect(writes).toEqual(['sta']);
    expect(drafts.loadCurrent()).toBe('sta');
  });

  it('flush saves at once (the page is being hidden)', () => {
    const { store, drafts, writes } = setup();
    const autosave = startAutosave(store, drafts);
    store.getState().actions.textChanged('typed just now');
    autosave.flush();
    expect(writes).toEqual(['typed just now']);
  });
});
