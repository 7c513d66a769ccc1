// The layout the user chose — where the split between editor and charts sits, how tall the
// charts are — kept in localStorage. Stored values are `unknown` until checked: a missing, garbled
// or out-of-range value (an old version, a hand edit, storage turned off) gives the default.
import { CHART_SIZES, type ChartSize } from '../charts/chartHeight.ts';

export const SPLIT_KEY = 'chaosgen:layout:split';
export const CHART_SIZE_KEY = 'chaosgen:layout:chart-size';

/** The editor's share of the workspace width, in percent. */
export const SPLIT_MIN = 20;
export const SPLIT_MAX = 75;
/** The proportions the two panes had before the split could move (5 : 7). */
export const SPLIT_DEFAULT = 42;

export interface PrefStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function clampSplit(percent: number): number {
  return Math.min(SPLIT_MAX, Math.max(SPLIT_MIN, Math.round(percent)));
}

/** Reads storage without ever throwing (it throws when disabled). */
function read(storage: PrefStorage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: PrefStorage | undefined, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // Full or disabled: the layout still works, it is just not remembered.
  }
}

export function loadSplit(storage: PrefStorage | undefined): number {
  const raw = read(storage, SPLIT_KEY);
  const n = raw === null || raw.trim() === '' ? NaN : Number(raw);
  return Number.isFinite(n) ? clampSplit(n) : SPLIT_DEFAULT;
}

export function saveSplit(storage: PrefStorage | undefined, percent: number): void {
  write(storage, SPLIT_KEY, String(clampSplit(percent)));
}

function isChartSize(x: unknown): x is ChartSize {
  return typeof x === 'string' && (CHART_SIZES as readonly string[]).includes(x);
}

export function loadChartSize(storage: PrefStorage | undefined): ChartSize {
  const raw = read(storage, CHART_SIZE_KEY);
  return isChartSize(raw) ? raw : 'fit';
}

export function saveChartSize(storage: PrefStorage | undefined, size: ChartSize): void {
  write(storage, CHART_SIZE_KEY, size);
}

/** The page's localStorage, or nothing (merely touching it throws when storage is disabled). */
export function pageStorage(): PrefStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
