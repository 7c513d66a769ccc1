import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare } from '../share/shareCodec.ts';
import { LINK_HISTORY_LABEL } from './draftNotices.ts';
import { loadDraftStore, type DraftStore } from './drafts.ts';
import { initialDocument, type LinkDeps } from './initialDocument.ts';
import { createRunJournal } from './runJournal.ts';
import { MemoryDb, MemoryStorage } from './storageFakes.ts';

const DEFAULT = '[general]\nnum_samples = 150\n';

interface Browser {
  readonly local: MemoryStorage;
  readonly db: MemoryDb;
}
const browser = (): Browser => ({ local: new MemoryStorage(5 * 1024 * 1024), db: new MemoryDb() });

/** A page load: drafts read from storage, then the starting document. */
async function open(b: Browser, hash: string): Promise<{ doc: Awaited<ReturnType<typeof initialDocument>>; drafts: DraftStore }> {
  const drafts = await loadDraftStore(b);
  const deps: LinkDeps = { decode: decodeShare, drafts, journal: createRunJournal(b.local), defaultText: DEFAULT };
  return { doc: await initialDocument(hash, deps), drafts };
}

async function typed(b: Browser, text: string): Promise<void> {
  const drafts = await loadDraftStore(b);
  drafts.saveCurrent(text, true);
  await drafts.flush();
}

describe('initialDocument', () => {
  it('opens the saved draft, or the default example when there is none', async () => {
    const b = browser();
    expect((await open(b, '')).doc).toEqual({ text: DEFAULT, own: false });
    await typed(b, 'mine');
    expect((await open(b, '')).doc).toEqual({ text: 'mine', own: true });
  });

  it('opens a link exactly, pinning the draft, and says it is saved once it is', async () => {
    const b = browser();
    await typed(b, 'mine');
    const { doc, drafts } = await open(b, `#${await encodeShare('shared = "config" # ünïcode\n')}`);
    expect(doc.text).toBe('shared = "config" # ünïcode\n');
    expect(doc.draftBeforeLink).toBe('mine');
    expect(doc.notice).toEqual({ tone: 'info', message: 'Opened a shared config. Your own draft is saved.', restoreDraft: true });
    expect(drafts.history()[0]).toMatchObject({ text: 'mine', label: LINK_HISTORY_LABEL });
    // a reload (the fragment is gone by then) shows the link's text, and the draft is still pinned
    const reload = await open(b, '');
    expect(reload.doc.text).toBe('shared = "config" # ünïcode\n');
    expect(reload.drafts.mine()?.text).toBe('mine');
  });

  it.each([300_000, 900_000])('a %i-character draft survives opening a link and a reload', async (n) => {
    const b = browser();
    const big = ('[general]\nnum_samples = 150\n' + '#'.repeat(n)).slice(0, n);
    await typed(b, big);
    const first = await open(b, `#${await encodeShare(DEFAULT)}`);
    expect(first.doc.notice?.message).toMatch(/Your own draft is saved/);
    const reload = await open(b, '');
    expect(reload.drafts.mine()?.text).toBe(big);
  });

  it('after 11 links in a row the user’s draft is still offered back', async () => {
    const b = browser();
    await typed(b, 'mine');
    let last: Awaited<ReturnType<typeof open>> | undefined;
    for (let k = 1; k <= 11; k++) last = await open(b, `#${await encodeShare(`${DEFAULT}# link ${k}\n`)}`);
    expect(last?.doc.draftBeforeLink).toBe('mine');
    expect(last?.doc.notice?.restoreDraft).toBe(true);
  });

  it('when storage refuses, says the draft could not be saved (and never that it was)', async () => {
    const b = browser();
    await typed(b, 'mine');
    b.local.refuse = 'full';
    b.db.refuse = 'full';
    const { doc } = await open(b, `#${await encodeShare(DEFAULT)}`);
    expect(doc.notice?.message).toMatch(/could not be saved \(storage is full\)/);
    expect(doc.notice?.message).not.toMatch(/is saved/);
    expect(doc.draftBeforeLink).toBe('mine'); // still one click away in this tab
  });

  it('holds back a draft or a link whose last run never finished', async () => {
    const b = browser();
    const huge = '[general]\nnum_samples = 10000000\n';
    await typed(b, huge);
    createRunJournal(b.local).started(huge); // the tab died during that run
    expect((await open(b, '')).doc.held).toBe(true);
    const fresh = browser();
    createRunJournal(fresh.local).started(huge);
    const { doc } = await open(fresh, `#${await encodeShare(huge)}`);
    expect(doc).toMatchObject({ text: huge, held: true, fromLink: true });
    expect((await open(browser(), `#${await encodeShare(huge)}`)).doc.held).toBeUndefined();
  });

  it('shows a message for a damaged link and leaves the saved draft in the editor', async () => {
    const b = browser();
    await typed(b, 'mine');
    const fragment = await encodeShare(DEFAULT.repeat(20));
    const { doc, drafts } = await open(b, `#${fragment.slice(0, -12)}`);
    expect(doc.text).toBe('mine');
    expect(doc.notice?.tone).toBe('error');
    expect(doc.notice?.message).toMatch(/saved draft is shown instead/);
    expect(drafts.current()?.text).toBe('mine');
    expect(drafts.history()).toEqual([]);
  });

  describe('tells the page the opening text as soon as it is certain (known)', () => {
    /** A page load whose drafts answer only when `release` is called (IndexedDB being slow). */
    function slowOpen(b: Browser, hash: string) {
      let release = (): void => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const told: { text: string; held: boolean }[] = [];
      const journal = createRunJournal(b.local);
      const drafts = gate.then(() => loadDraftStore(b));
      const known = (text: string, held: boolean): void => {
        told.push({ text, held });
        if (!held) journal.started(text); // what the page's entry does before running it
      };
      const doc = initialDocument(hash, { decode: decodeShare, drafts, journal, defaultText: DEFAULT, known });
      return { told, release, doc };
    }
    const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

    it("a link's text before the drafts have been read, once", async () => {
      const b = browser();
      await typed(b, 'mine');
      const shared = '[general]\nnum_samples = 20\n';
      const { told, release, doc } = slowOpen(b, `#${await encodeShare(shared)}`);
      await settle();
      expect(told).toEqual([{ text: shared, held: false }]); // the drafts have not answered yet
      release();
      // journaling the run did not make the text look unfinished: it is not held
      expect(await doc).toMatchObject({ text: shared, fromLink: true, draftBeforeLink: 'mine' });
      expect((await doc).held).toBeUndefined();
      expect(told).toHaveLength(1);
    });

    it('the saved draft or the example only once the drafts are read', async () => {
      const b = browser();
      await typed(b, 'mine');
      const { told, release, doc } = slowOpen(b, '');
      await settle();
      expect(told).toEqual([]);
      release();
      expect((await doc).text).toBe('mine');
      expect(told).toEqual([{ text: 'mine', held: false }]);
    });

    it('that a text is held, and what a damaged link falls back to', async () => {
      const b = browser();
      const huge = '[general]\nnum_samples = 10000000\n';
      createRunJournal(b.local).started(huge);
      const held = slowOpen(b, `#${await encodeShare(huge)}`);
      await settle();
      expect(held.told).toEqual([{ text: huge, held: true }]);
      held.release();
      expect((await held.doc).held).toBe(true);

      const damaged = slowOpen(browser(), `#${(await encodeShare(DEFAULT.repeat(20))).slice(0, -12)}`);
      await settle();
      expect(damaged.told).toEqual([]);
      damaged.release();
      expect((await damaged.doc).text).toBe(DEFAULT);
      expect(damaged.told).toEqual([{ text: DEFAULT, held: false }]);
    });
  });
});
