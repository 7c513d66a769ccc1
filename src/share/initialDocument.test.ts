import { describe, expect, it } from 'vitest';
import { createDraftStore } from '../store/drafts.ts';
import { initialDocument, LINK_HISTORY_LABEL } from './initialDocument.ts';
import { encodeShare, decodeShare } from './shareCodec.ts';

function drafts(saved?: string) {
  const m = new Map<string, string>();
  const store = createDraftStore({ getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) });
  if (saved !== undefined) store.saveCurrent(saved);
  return store;
}

const DEFAULT = '[general]\nnum_samples = 150\n';

describe('initialDocument', () => {
  it('opens the saved draft, or the default example when there is none', async () => {
    expect((await initialDocument('', { decode: decodeShare, drafts: drafts('mine'), defaultText: DEFAULT })).text).toBe('mine');
    expect((await initialDocument('', { decode: decodeShare, drafts: drafts(), defaultText: DEFAULT })).text).toBe(DEFAULT);
  });

  it('opens a link exactly, keeping the draft in the history and on offer', async () => {
    const d = drafts('mine');
    const fragment = await encodeShare('shared = "config" # ünïcode\n');
    const doc = await initialDocument(`#${fragment}`, { decode: decodeShare, drafts: d, defaultText: DEFAULT });
    expect(doc.text).toBe('shared = "config" # ünïcode\n');
    expect(doc.draftBeforeLink).toBe('mine');
    expect(doc.notice?.restoreDraft).toBe(true);
    expect(d.history()[0]).toMatchObject({ text: 'mine', label: LINK_HISTORY_LABEL });
    // a reload (the fragment is gone by then) shows the link's text
    expect(d.loadCurrent()).toBe('shared = "config" # ünïcode\n');
  });

  it('shows a message for a damaged link and leaves the saved draft in the editor', async () => {
    const d = drafts('mine');
    const fragment = await encodeShare(DEFAULT.repeat(20));
    const doc = await initialDocument(`#${fragment.slice(0, -12)}`, { decode: decodeShare, drafts: d, defaultText: DEFAULT });
    expect(doc.text).toBe('mine');
    expect(doc.notice?.tone).toBe('error');
    expect(doc.notice?.message).toMatch(/saved draft is shown instead/);
    expect(d.loadCurrent()).toBe('mine');
    expect(d.history()).toEqual([]);
  });
});
