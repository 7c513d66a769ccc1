import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_READ_TIMEOUT_MS, LOCAL_MAX_CHARS, localKey } from './draftSlots.ts';
import { loadDraftStore, MAX_HISTORY, MY_DRAFT_LABEL, RETRY_MS, type DraftStore } from './drafts.ts';
import { MemoryDb, MemoryStorage, testClock, usedChars } from './storageFakes.ts';

afterEach(() => void vi.useRealTimers());

/** About what Chromium allows an origin in localStorage. */
const BROWSER_QUOTA = 5 * 1024 * 1024;
const LINK = 'Before opening a link';

/** A config-like text of exactly `n` characters. */
function bigText(n: number, mark = 'a'): string {
  const head = `# ${mark}\n[general]\nnum_samples = 150\n[metrics.cpu]\nvalue = 60\n`;
  return (head + '#'.repeat(n)).slice(0, n);
}

function backends(quota = BROWSER_QUOTA) {
  return { local: new MemoryStorage(quota), db: new MemoryDb(), now: testClock() };
}

/** What a reload sees: a new store over the same storage. */
const reload = (b: ReturnType<typeof backends>): Promise<DraftStore> => loadDraftStore({ local: b.local, db: b.db });

describe('the autosaved draft', () => {
  it('survives a reload, with whether the user typed it', async () => {
    const b = backends();
    const drafts = await loadDraftStore(b);
    expect(drafts.current()).toBeUndefined();
    drafts.saveCurrent('[general]\nseed = 7\n', true);
    expect(await drafts.flush()).toEqual({ kind: 'saved' });
    expect((await reload(b)).current()).toEqual({ text: '[general]\nseed = 7\n', own: true });
    drafts.saveCurrent('from a link', false);
    await drafts.flush();
    expect((await reload(b)).current()).toEqual({ text: 'from a link', own: false });
  });

  it('keeps an emptied editor empty rather than forgetting it', async () => {
    const b = backends();
    const drafts = await loadDraftStore(b);
    drafts.saveCurrent('', true);
    await drafts.flush();
    expect((await reload(b)).current()?.text).toBe('');
  });

  it.each([300_000, 900_000, 1_000_000])('keeps a %i-character draft (in IndexedDB, not localStorage)', async (n) => {
    const b = backends();
    const drafts = await loadDraftStore(b);
    const text = bigText(n);
    drafts.saveCurrent(text, true);
    expect(await drafts.flush()).toEqual({ kind: 'saved' });
    expect((await reload(b)).current()?.text).toBe(text);
    expect(usedChars(b.local)).toBeLessThan(LOCAL_MAX_CHARS);
  });

  it('small texts go to localStorage, and a stale large copy never shadows a newer small one', async () => {
    const b = backends();
    const drafts = await loadDraftStore(b);
    drafts.saveCurrent(bigText(400_000), true);
    await drafts.flush();
    b.db.delete = () => Promise.resolve(); // the clean-up of the large copy never happens
    drafts.saveCurrent('small and newer', true);
    await drafts.flush();
    expect(b.local.getItem(localKey('current'))).toContain('small and newer');
    expect((await reload(b)).current()?.text).toBe('small and newer');
  });

  it('falls back to IndexedDB when localStorage is full, and says it saved only then', async () => {
    const b = backends();
    b.local.refuse = 'full';
    const drafts = await loadDraftStore(b);
    drafts.saveCurrent('mine', true);
    expect(await drafts.flush()).toEqual({ kind: 'saved' });
    b.local.refuse = 'none';
    expect((await reload(b)).current()?.text).toBe('mine');
  });

  it('says "saving" from the change until the write has landed', async () => {
    const b = backends();
    let land: () => void = () => undefined;
    const set = b.db.set.bind(b.db);
    b.db.set = (k, v) => new Promise<void>((resolve) => (land = () => void set(k, v).then(resolve)));
    const drafts = await loadDraftStore(b);
    const seen: string[] = [];
    drafts.subscribe((s) => seen.push(s.kind));
    drafts.saveCurrent(bigText(200_000), true);
    const done = drafts.flush();
    await Promise.resolve();
    expect(drafts.status()).toEqual({ kind: 'saving' });
    land();
    expect(await done).toEqual({ kind: 'saved' });
    expect(seen).toEqual(['saving', 'saved']);
  });
});

describe('refused writes', () => {
  it.each([
    ['full', 'full'],
    ['disabled', 'disabled'],
  ] as const)('when both storages are %s, the status says so and the text stays in memory', async (refusal, reason) => {
    const b = backends();
    b.local.refuse = refusal;
    b.db.refuse = refusal;
    const drafts = await loadDraftStore(b);
    drafts.saveCurrent('typed', true);
    drafts.setAside('typed', true, LINK);
    expect(await drafts.flush()).toEqual({ kind: 'failed', reason });
    expect(drafts.current()?.text).toBe('typed');
    expect(drafts.mine()?.text).toBe('typed');
  });

  it('with no storage at all, reports "disabled" and never "saved"', async () => {
    const drafts = await loadDraftStore({ local: undefined, db: undefined });
    const seen: string[] = [];
    drafts.subscribe((s) => seen.push(s.kind));
    drafts.saveCurrent('typed', true);
    expect(await drafts.flush()).toEqual({ kind: 'failed', reason: 'disabled' });
    expect(seen).not.toContain('saved');
  });

  it('a localStorage that throws on reading counts as empty; IndexedDB still answers', async () => {
    const b = backends();
    const first = await loadDraftStore(b);
    first.saveCurrent(bigText(500_000), true);
    await first.flush();
    b.local.refuse = 'disabled';
    expect((await reload(b)).current()?.text).toBe(bigText(500_000));
  });

  it('retries on a timer with backoff, and on the next change, until the write succeeds', async () => {
    vi.useFakeTimers();
    const b = backends(0); // localStorage holds nothing at all
    b.db.refuse = 'full';
    const drafts = await loadDraftStore(b);
    drafts.saveCurrent('v1', true);
    expect(await drafts.flush()).toEqual({ kind: 'failed', reason: 'full' });
    const attempts: string[] = [];
    const set = b.db.set.bind(b.db);
    b.db.set = (k, v) => {
      attempts.push(k);
      return set(k, v);
    };
    await vi.advanceTimersByTimeAsync((RETRY_MS[0] ?? 0) - 1);
    expect(attempts).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(attempts).toEqual(['current']); // retried, still refused
    expect(drafts.status()).toEqual({ kind: 'failed', reason: 'full' });
    await vi.advanceTimersByTimeAsync((RETRY_MS[1] ?? 0) - 1);
    expect(attempts).toHaveLength(1); // backing off
    drafts.saveCurrent('v2', true); // the next change retries at once
    await vi.advanceTimersByTimeAsync(0);
    expect(attempts).toHaveLength(2);
    b.db.refuse = 'none'; // space was freed
    await vi.advanceTimersByTimeAsync(RETRY_MS[2] ?? 0);
    expect(drafts.status()).toEqual({ kind: 'saved' });
    expect((await reload(b)).current()?.text).toBe('v2');
  });

  it('an IndexedDB that never answers is not waited for forever, and is never overwritten unread', async () => {
    vi.useFakeTimers();
    const b = backends();
    b.db.map.set('current', JSON.stringify({ chaosgen: 2, savedAt: 5, data: { text: 'in the database', own: true } }));
    b.db.hang = true;
    const loading = loadDraftStore(b);
    await vi.advanceTimersByTimeAsync(DB_READ_TIMEOUT_MS);
    const drafts = await loading;
    drafts.saveCurrent(bigText(300_000), true);
    await drafts.flush();
    expect(b.db.map.get('current')).toContain('in the database');
  });
});

describe('the user’s own draft and the history', () => {
  it('after 11 links in a row the user’s own draft is still there, also after a reload', async () => {
    const b = backends();
    let drafts = await loadDraftStore(b);
    drafts.saveCurrent('my own text', true);
    drafts.setAside('my own text', true, LINK);
    for (let k = 1; k <= 11; k++) {
      drafts.saveCurrent(`link ${k}`, false);
      await drafts.flush();
      drafts = await reload(b); // each link opened in a new tab
      const current = drafts.current();
      if (current !== undefined) drafts.setAside(current.text, current.own, LINK);
    }
    await drafts.flush();
    const after = await reload(b);
    expect(after.mine()).toMatchObject({ text: 'my own text', label: MY_DRAFT_LABEL, own: true });
    expect(after.history()).toHaveLength(MAX_HISTORY);
    expect(after.history().map((e) => e.text)).not.toContain('my own text'); // evicted there, pinned here
  });

  it('the pinned draft is the last text the user typed themselves', async () => {
    const drafts = await loadDraftStore(backends());
    drafts.setAside('typed first', true, LINK);
    drafts.setAside('a link', false, LINK);
    expect(drafts.mine()?.text).toBe('typed first');
    drafts.setAside('typed over the link', true, LINK);
    expect(drafts.mine()?.text).toBe('typed over the link');
  });

  it('keeps 900,000-character texts in the history and the pin, across a reload', async () => {
    const b = backends();
    const drafts = await loadDraftStore(b);
    const big = bigText(900_000, 'big');
    drafts.setAside(big, true, LINK);
    drafts.setAside(bigText(300_000, 'other'), false, LINK);
    expect(await drafts.flush()).toEqual({ kind: 'saved' });
    const after = await reload(b);
    expect(after.mine()?.text).toBe(big);
    expect(after.history().map((e) => e.text.length)).toEqual([300_000, 900_000]);
  });

  it('is newest first, does not repeat a text, and skips blank texts', async () => {
    const drafts = await loadDraftStore(backends());
    drafts.setAside('a', false, 'x');
    drafts.setAside('b', false, 'y');
    drafts.setAside('a', false, 'z');
    drafts.setAside('  \n\t', true, 'l');
    expect(drafts.history().map((e) => [e.text, e.label])).toEqual([['a', 'z'], ['b', 'y']]);
    expect(drafts.mine()).toBeUndefined();
  });
});

describe('reading what storage holds', () => {
  it('reads drafts written before this format: a raw draft (the user’s own) and a JSON history list', async () => {
    const b = backends();
    b.local.map.set(localKey('current'), '[general]\nnum_samples = 5\n');
    b.local.map.set(localKey('history'), JSON.stringify([{ text: 'old', savedAt: 5, label: 'Before opening a link' }]));
    const drafts = await loadDraftStore(b);
    expect(drafts.current()).toEqual({ text: '[general]\nnum_samples = 5\n', own: true });
    expect(drafts.history()).toEqual([{ text: 'old', savedAt: 5, label: 'Before opening a link', own: false }]);
  });

  it.each([
    ['a damaged value of ours', '{"chaosgen":2,"savedAt":1,"data":'],
    ['a value of ours with the wrong shape', JSON.stringify({ chaosgen: 2, savedAt: 1, data: [1, 2] })],
    ['a time that is not a number', JSON.stringify({ chaosgen: 2, savedAt: 'x', data: 'x' })],
  ])('treats %s as no draft', async (_name, raw) => {
    const b = backends();
    b.local.map.set(localKey('current'), raw);
    expect((await loadDraftStore(b)).current()).toBeUndefined();
  });

  it('skips malformed history entries and keeps the good ones', async () => {
    const b = backends();
    const good = { text: 'ok', savedAt: 5, label: 'l', own: true };
    const list = [null, 3, 'x', [1], { text: 1, savedAt: 5, label: 'l' }, { text: 'a', savedAt: '5', label: 'l' }, { text: 'a', savedAt: 5, label: 7 }, good];
    b.db.map.set('history', JSON.stringify({ chaosgen: 2, savedAt: 9, data: list }));
    expect((await loadDraftStore(b)).history()).toEqual([good]);
  });
});
