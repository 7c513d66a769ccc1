// Test-only settings, read once at start-up from localStorage["chaosgen:test:settings"] (a JSON
// object). The end-to-end tests set it before the page loads, to exercise the big-file and
// broken-worker paths at a small size and without waiting: every limit can only be scaled DOWN
// from its default, and the worker faults only exist when this flag was set before start-up. A
// share link cannot write localStorage, so it cannot reach any of this.
import { isRecord } from './isRecord.ts';

export const TEST_SETTINGS_KEY = 'chaosgen:test:settings';

export interface TestSettings {
  /** Downloads of at least this many samples ask first (default LARGE_DOWNLOAD_SAMPLES). */
  readonly confirmSamples?: number;
  /** Files from this many bytes on stream to disk where the browser can (default STREAM_FROM_BYTES). */
  readonly streamFromBytes?: number;
  /** Without a save-file picker, files past this many bytes are refused (default REFUSE_FROM_BYTES). */
  readonly refuseFromBytes?: number;
  /** The worker watchdog's patience (default STALL_MS). */
  readonly stallMs?: number;
  /** Lets the page make its worker exit, hang or throw on a `chaosgen:test:worker-fault` event. */
  readonly workerFaults?: boolean;
}

const LIMITS = ['confirmSamples', 'streamFromBytes', 'refuseFromBytes', 'stallMs'] as const;

/** Checks the stored text; anything malformed or not a positive number is ignored. */
export function readTestSettings(raw: string | null | undefined): TestSettings {
  if (raw === null || raw === undefined) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  if (!isRecord(data)) return {};
  const out: { -readonly [K in keyof TestSettings]: TestSettings[K] } = {};
  for (const key of LIMITS) {
    const v = data[key];
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) out[key] = v;
  }
  if (data.workerFaults === true) out.workerFaults = true;
  return out;
}

/** A limit from the settings, never above its default: tests scale limits down only. */
export function scaledDown(value: number | undefined, fallback: number): number {
  return value === undefined ? fallback : Math.min(value, fallback);
}

let cached: TestSettings | undefined;

/** The page's settings (empty outside a browser, or when storage is disabled). */
export function pageTestSettings(): TestSettings {
  if (cached === undefined) {
    try {
      cached = readTestSettings(globalThis.localStorage?.getItem(TEST_SETTINGS_KEY));
    } catch {
      cached = {};
    }
  }
  return cached;
}
