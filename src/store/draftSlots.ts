// Where drafts are kept: a few named slots, each stored in localStorage (fast, synchronous, but
// ~5 MB per origin) when its value is small, else in IndexedDB (large). Whichever one refuses
// (full, disabled, throwing), the other is tried, and the caller learns the truth: saved, or
// why not. Every value carries the time it was written; on reading, the newest copy wins, so a
// stale copy left behind (a delete that never ran) can never shadow a newer one.

import { parseRecord, type SlotRecord } from './draftRecords.ts';

export type { SlotRecord } from './draftRecords.ts';
import type { KeyValueDb } from './keyValueDb.ts';

/** The part of the Web Storage API used; `window.localStorage` is one. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type Slot = 'current' | 'mine' | 'history';
export type SaveFailure = 'full' | 'disabled' | 'refused';
export type WriteResult = { readonly ok: true } | { readonly ok: false; readonly reason: SaveFailure };

export interface DraftSlots {
  /** Every slot's newest readable copy; a storage that cannot be read counts as empty. */
  readAll(): Promise<Partial<Record<Slot, SlotRecord>>>;
  write(slot: Slot, data: unknown): Promise<WriteResult>;
}

const LOCAL_KEYS: Record<Slot, string> = { current: 'chaosgen:draft', mine: 'chaosgen:mine', history: 'chaosgen:history' };
export const localKey = (slot: Slot): string => LOCAL_KEYS[slot];
/** Values up to this many characters go to localStorage first; larger ones to IndexedDB first. */
export const LOCAL_MAX_CHARS = 100_000;
/** An IndexedDB that has not answered by then is left alone for the page's life (never overwritten unread). */
export const DB_READ_TIMEOUT_MS = 5_000;
const SLOTS: readonly Slot[] = ['current', 'mine', 'history'];

export interface SlotBackends {
  readonly local: StorageLike | undefined;
  readonly db: KeyValueDb | undefined;
  readonly now?: () => number;
}

export function createDraftSlots({ local, db, now = Date.now }: SlotBackends): DraftSlots {
  // A database we could not read is never written: it may hold a newer draft than memory does.
  let dbUsable = db !== undefined;
  let lastStamp = 0;
  // Strictly increasing, even if the clock steps back, so "newest wins" is well defined.
  const stamp = (): number => (lastStamp = Math.max(now(), lastStamp + 1));

  async function readDb(): Promise<Partial<Record<Slot, SlotRecord>>> {
    if (db === undefined) return {};
    const all = Promise.all(SLOTS.map(async (slot) => [slot, parseRecord(await db.get(slot))] as const));
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), DB_READ_TIMEOUT_MS));
    try {
      const result = await Promise.race([all, timeout]);
      if (result === 'timeout') throw new Error('IndexedDB did not answer');
      const out: Partial<Record<Slot, SlotRecord>> = {};
      for (const [slot, record] of result) if (record !== undefined) out[slot] = record;
      return out;
    } catch {
      dbUsable = false;
      return {};
    }
  }

  function writeLocal(key: string, value: string): WriteResult {
    if (local === undefined) return { ok: false, reason: 'disabled' };
    try {
      local.setItem(key, value);
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: failureReason(error) };
    }
  }

  async function writeDb(key: string, value: string): Promise<WriteResult> {
    if (db === undefined || !dbUsable) return { ok: false, reason: 'disabled' };
    try {
      await db.set(key, value);
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: failureReason(error) };
    }
  }

  function dropDb(key: string): void {
    if (db !== undefined && dbUsable) db.delete(key).catch(() => undefined);
  }

  return {
    async readAll() {
      const fromDb = await readDb();
      const out: Partial<Record<Slot, SlotRecord>> = {};
      for (const slot of SLOTS) {
        const a = parseRecord(readLocal(local, LOCAL_KEYS[slot]));
        const b = fromDb[slot];
        const newest = a === undefined ? b : b === undefined || a.savedAt >= b.savedAt ? a : b;
        if (newest !== undefined) out[slot] = newest;
        lastStamp = Math.max(lastStamp, newest?.savedAt ?? 0);
      }
      return out;
    },
    async write(slot, data) {
      const value = JSON.stringify({ chaosgen: 2, savedAt: stamp(), data });
      const key = LOCAL_KEYS[slot];
      const small = value.length <= LOCAL_MAX_CHARS;
      const first = small ? writeLocal(key, value) : await writeDb(slot, value);
      if (first.ok) {
        // Free the other copy (best effort: the newer stamp wins on reading anyway).
        if (small) dropDb(slot);
        else removeLocal(local, key);
        return first;
      }
      const second = small ? await writeDb(slot, value) : writeLocal(key, value);
      if (second.ok) {
        if (small) removeLocal(local, key);
        else dropDb(slot);
        return second;
      }
      return { ok: false, reason: worse(first.reason, second.reason) };
    },
  };
}

/** How a storage error reads to a user: full, switched off, or some other refusal. */
export function failureReason(error: unknown): SaveFailure {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'full';
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'NotAllowedError') return 'disabled';
  return 'refused';
}

/** "Full" is the most useful thing to tell (the user can act on it); "disabled" only if both are. */
function worse(a: SaveFailure, b: SaveFailure): SaveFailure {
  if (a === 'full' || b === 'full') return 'full';
  if (a === 'refused' || b === 'refused') return 'refused';
  return 'disabled';
}

function readLocal(local: StorageLike | undefined, key: string): string | null {
  try {
    return local?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function removeLocal(local: StorageLike | undefined, key: string): void {
  try {
    local?.removeItem(key);
  } catch {
    // nothing to free then
  }
}
