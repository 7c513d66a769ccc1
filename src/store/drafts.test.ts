import { describe, expect, it } from 'vitest';
import { createDraftStore, DRAFT_KEY, HISTORY_KEY, MAX_ENTRY_CHARS, MAX_HISTORY, type StorageLike } from './drafts.ts';

/** localStorage's behaviour, optionally with a quota in characters (keys + values), as browsers count it. */
class MemoryStorage implements StorageLike {
  readonly map = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    let used = key.length + value.length;
    for (const [k, v] of this.map) if (k !== key) used += k.length + v.length;
    if (used > this.quota) throw new DOMException('quota exceeded', 'QuotaExceededError');
    this.map.set(key, value);
  }
}

const throwing: StorageLike = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
};

const clock = (): (() => number) => {
  let t = 1_700_000_000_000;
  return () => (t += 1000);
};

describe('the autosaved draft', () => {
  it('survives a reload (a new store on the same storage)', () => {
    const storage = new MemoryStorage();
    expect(createDraftStore(storage).loadCurrent()).toBeUndefined();
    expect(createDraftStore(storage).saveCurrent('[general]\nseed = 7\n')).toBe(true);
    expect(createDraftStore(storage).loadCurrent()).toBe('[general]\nseed = 7\n');
    expect(storage.map.has(DRAFT_KEY)).toBe(true);
    expect(DRAFT_KEY.startsWith('chaosgen:')).toBe(true);
  });

  it('keeps an emptied editor empty rather than forgetting it', () => {
    const storage = new MemoryStorage();
    createDraftStore(storage).saveCurrent('');
    expect(createDraftStore(storage).loadCurrent()).toBe('');
  });

  it('still works for the page’s lifetime when storage throws or is missing', () => {
    for (const storage of [throwing, undefined]) {
      const drafts = createDraftStore(storage);
      expect(drafts.loadCurrent()).toBeUndefined();
      expect(drafts.saveCurrent('mine')).toBe(false);
      expect(drafts.loadCurrent()).toBe('mine');
      expect(drafts.pushHistory('mine', 'Before opening a shared link')).toBe(false);
      expect(drafts.history().map((e) => e.text)).toEqual(['mine']);
    }
  });
});

describe('the history', () => {
  it('is newest first, with labels and times, and survives a reload', () => {
    const storage = new MemoryStorage();
    const drafts = createDraftStore(storage, clock());
    drafts.pushHistory('one', 'Before opening a shared link');
    drafts.pushHistory('two', 'Before loading example "spikes"');
    const expected = [
      { text: 'two', savedAt: 1_700_000_002_000, label: 'Before loading example "spikes"' },
      { text: 'one', savedAt: 1_700_000_001_000, label: 'Before opening a shared link' },
    ];
    expect(drafts.history()).toEqual(expected);
    expect(createDraftStore(storage).history()).toEqual(expected);
    expect(storage.map.has(HISTORY_KEY)).toBe(true);
  });

  it('does not repeat a text: pushing it again moves it to the top', () => {
    const drafts = createDraftStore(new MemoryStorage(), clock());
    drafts.pushHistory('a', 'x');
    drafts.pushHistory('a', 'x');
    drafts.pushHistory('b', 'y');
    drafts.pushHistory('a', 'z');
    expect(drafts.history().map((e) => [e.text, e.label])).toEqual([['a', 'z'], ['b', 'y']]);
  });

  it(`keeps the ${MAX_HISTORY} newest entries`, () => {
    const storage = new MemoryStorage();
    const drafts = createDraftStore(storage, clock());
    for (let k = 1; k <= MAX_HISTORY + 3; k++) drafts.pushHistory(`draft ${k}`, 'l');
    const texts = createDraftStore(storage).history().map((e) => e.text);
    expect(texts).toHaveLength(MAX_HISTORY);
    expect(texts[0]).toBe(`draft ${MAX_HISTORY + 3}`);
    expect(texts.at(-1)).toBe('draft 4');
  });

  it('skips blank texts and texts over the size cap', () => {
    const drafts = createDraftStore(new MemoryStorage());
    expect(drafts.pushHistory('  \n\t', 'l')).toBe(false);
    expect(drafts.pushHistory('x'.repeat(MAX_ENTRY_CHARS + 1), 'l')).toBe(false);
    expect(drafts.pushHistory('x'.repeat(MAX_ENTRY_CHARS), 'l')).toBe(true);
    expect(drafts.history()).toHaveLength(1);
  });

  it('on a full quota, stores as many of the newest entries as fit', () => {
    const storage = new MemoryStorage(2_000);
    const drafts = createDraftStore(storage, clock());
    for (let k = 0; k < 5; k++) drafts.pushHistory(`${k}`.repeat(500), 'l');
    expect(drafts.history()).toHaveLength(5); // this page still has them all
    const persisted = createDraftStore(storage).history().map((e) => e.text[0]);
    expect(persisted).toEqual(['4', '3', '2']);
  });

  it.each([
    ['not JSON', '{"text": '],
    ['JSON but not a list', '{"text":"a","savedAt":1,"label":"l"}'],
    ['null', 'null'],
  ])('treats stored %s as an empty history, and recovers on the next push', (_name, raw) => {
    const storage = new MemoryStorage();
    storage.map.set(HISTORY_KEY, raw);
    const drafts = createDraftStore(storage);
    expect(drafts.history()).toEqual([]);
    drafts.pushHistory('mine', 'l');
    expect(createDraftStore(storage).history().map((e) => e.text)).toEqual(['mine']);
  });

  it('skips malformed entries and keeps the good ones', () => {
    const storage = new MemoryStorage();
    const good = { text: 'ok', savedAt: 5, label: 'l' };
    storage.map.set(HISTORY_KEY, JSON.stringify([null, 3, 'x', [1], { text: 1, savedAt: 5, label: 'l' }, { text: 'a', savedAt: '5', label: 'l' }, { text: 'a', savedAt: 5 }, good]));
    expect(createDraftStore(storage).history()).toEqual([good]);
  });
});
