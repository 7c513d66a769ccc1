// The user's own text survives: the autosaved current text, the user's own draft pinned apart
// from everything else ("my draft before links"), and a short history of texts the app set
// aside when it replaced them (a share link, an example), so nothing is more than a click away.
//
// Memory is the truth for the life of the page; storage (draftSlots.ts) is written through, and
// the store says honestly whether that worked: `status()` is "saved" only once every change has
// been written, "failed" with the reason while storage refuses (retried on the next change and
// on a timer with backoff), "saving" in between. With several tabs open, the last write wins.
import { parseCurrent, parseEntry, parseHistory, type CurrentDraft, type DraftEntry } from './draftRecords.ts';
import { createDraftSlots, type DraftSlots, type SaveFailure, type Slot, type SlotBackends, type SlotRecord } from './draftSlots.ts';

export type { SaveFailure, StorageLike } from './draftSlots.ts';
export type { CurrentDraft, DraftEntry } from './draftRecords.ts';

export type SaveStatus = { readonly kind: 'saved' } | { readonly kind: 'saving' } | { readonly kind: 'failed'; readonly reason: SaveFailure };

export interface DraftStore {
  /** The autosaved text, or undefined when nothing was saved (or storage could not be read). */
  current(): CurrentDraft | undefined;
  /** The user's own draft from before the last link or example replaced it; never evicted. */
  mine(): DraftEntry | undefined;
  /** Texts set aside, newest first, at most MAX_HISTORY. */
  history(): readonly DraftEntry[];
  /** Autosaves the editor text (the app debounces the calls). */
  saveCurrent(text: string, own: boolean): void;
  /**
   * Keeps `text` before the app replaces it: in the history (an identical entry moves to the
   * top; the oldest drop out past MAX_HISTORY), and, when it is the user's own, in the pinned
   * slot. Blank texts are not kept.
   */
  setAside(text: string, own: boolean, label: string): void;
  /** Writes every pending change now; resolves with the resulting status. */
  flush(): Promise<SaveStatus>;
  status(): SaveStatus;
  subscribe(listener: (status: SaveStatus) => void): () => void;
}

export const MAX_HISTORY = 10;
export const MY_DRAFT_LABEL = 'My draft';
/** Waits between retries of a refused write; the last one repeats. */
export const RETRY_MS: readonly number[] = [1_000, 2_000, 5_000, 10_000, 30_000];
/** The pinned draft first: of everything pending, it is what the user would miss most. */
const WRITE_ORDER: readonly Slot[] = ['mine', 'current', 'history'];

/** Reads whatever storage holds (both localStorage and IndexedDB), then serves from memory. */
export async function loadDraftStore(backends: SlotBackends): Promise<DraftStore> {
  const slots = createDraftSlots(backends);
  return createDraftStore(slots, await slots.readAll(), backends.now);
}

export function createDraftStore(slots: DraftSlots, loaded: Partial<Record<Slot, SlotRecord>>, now: () => number = Date.now): DraftStore {
  let current = parseCurrent(loaded.current?.data);
  let mine = parseEntry(loaded.mine?.data, MY_DRAFT_LABEL);
  let entries = parseHistory(loaded.history?.data, MAX_HISTORY);
  const dirty = new Set<Slot>();
  let status: SaveStatus = { kind: 'saved' };
  const listeners = new Set<(s: SaveStatus) => void>();
  let queue: Promise<SaveStatus> = Promise.resolve(status);
  let waiting: Promise<SaveStatus> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;

  const setStatus = (next: SaveStatus): void => {
    if (next.kind === status.kind && (next.kind !== 'failed' || status.kind !== 'failed' || next.reason === status.reason)) return;
    status = next;
    for (const l of listeners) l(next);
  };
  const payload = (slot: Slot): unknown => (slot === 'current' ? current : slot === 'mine' ? mine : entries);

  async function writeDirty(): Promise<SaveStatus> {
    let failure: SaveFailure | undefined;
    for (const slot of WRITE_ORDER) {
      if (!dirty.has(slot)) continue;
      dirty.delete(slot);
      const result = await slots.write(slot, payload(slot));
      if (!result.ok) {
        dirty.add(slot);
        failure ??= result.reason;
      }
    }
    if (failure !== undefined) {
      const wait = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)] ?? 30_000;
      failures++;
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => void store.flush(), wait);
      setStatus({ kind: 'failed', reason: failure });
    } else {
      failures = 0;
      // A change made while writing is already queued behind this flush.
      setStatus(dirty.size > 0 ? { kind: 'saving' } : { kind: 'saved' });
    }
    return status;
  }

  const changed = (slot: Slot): void => {
    dirty.add(slot);
    // A failed status stays until a write succeeds: a change is not a save.
    if (status.kind !== 'failed') setStatus({ kind: 'saving' });
    clearTimeout(retryTimer);
    void store.flush();
  };

  const store: DraftStore = {
    current: () => current,
    mine: () => mine,
    history: () => entries,
    saveCurrent(text, own) {
      current = { text, own };
      changed('current');
    },
    setAside(text, own, label) {
      if (text.trim() === '') return;
      const savedAt = now();
      if (own) {
        mine = { text, savedAt, label: MY_DRAFT_LABEL, own: true };
        dirty.add('mine');
      }
      entries = [{ text, savedAt, label, own }, ...entries.filter((e) => e.text !== text)].slice(0, MAX_HISTORY);
      changed('history');
    },
    flush() {
      // One flush at a time, in order, so an older write can never land after a newer one. A
      // flush that has not started yet will write everything pending: join it.
      if (waiting !== undefined) return waiting;
      const next = queue.then(() => {
        waiting = undefined;
        return dirty.size > 0 ? writeDirty() : status;
      });
      waiting = next;
      queue = next;
      return next;
    },
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  return store;
}
