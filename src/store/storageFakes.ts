// Test doubles for the two storages the drafts use: localStorage with a quota (browsers count
// characters of keys and values) and an in-memory stand-in for the tiny IndexedDB interface.
// Each can be switched to refuse, the way real browsers do: full, or disabled outright.
import type { StorageLike } from './draftSlots.ts';
import type { KeyValueDb } from './keyValueDb.ts';

export type Refusal = 'none' | 'full' | 'disabled';

const error = (refusal: Refusal): DOMException =>
  refusal === 'full' ? new DOMException('The quota has been exceeded.', 'QuotaExceededError') : new DOMException('Access is denied', 'SecurityError');

export class MemoryStorage implements StorageLike {
  readonly map = new Map<string, string>();
  refuse: Refusal = 'none';
  constructor(readonly quota = Infinity) {}
  getItem(key: string): string | null {
    if (this.refuse === 'disabled') throw error('disabled');
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.refuse !== 'none') throw error(this.refuse);
    let used = key.length + value.length;
    for (const [k, v] of this.map) if (k !== key) used += k.length + v.length;
    if (used > this.quota) throw error('full');
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    if (this.refuse === 'disabled') throw error('disabled');
    this.map.delete(key);
  }
}

export class MemoryDb implements KeyValueDb {
  readonly map = new Map<string, string>();
  refuse: Refusal = 'none';
  /** Reads that never answer, like a database blocked by another tab. */
  hang = false;
  get(key: string): Promise<unknown> {
    if (this.hang) return new Promise(() => undefined);
    return this.refuse === 'disabled' ? Promise.reject(error('disabled')) : Promise.resolve(this.map.get(key));
  }
  set(key: string, value: string): Promise<void> {
    if (this.refuse !== 'none') return Promise.reject(error(this.refuse));
    this.map.set(key, value);
    return Promise.resolve();
  }
  delete(key: string): Promise<void> {
    if (this.refuse === 'disabled') return Promise.reject(error('disabled'));
    this.map.delete(key);
    return Promise.resolve();
  }
}

/** Characters in use, as the quota counts them. */
export function usedChars(storage: MemoryStorage): number {
  let used = 0;
  for (const [k, v] of storage.map) used += k.length + v.length;
  return used;
}

export function testClock(): () => number {
  let t = 1_700_000_000_000;
  return () => (t += 1000);
}
