// Numbers as the page shows them: counts with thousands separators, durations, file sizes.
import { formatCount } from '../engine/index.ts';

export { formatCount };

/** "0.8 ms", "12 ms", "1.46 s". */
export function formatDuration(ms: number): string {
  if (ms < 10) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Decimal units, as download dialogs and file managers mostly show: "4.1 KB", "412 MB", "1.3 GB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${Math.round(bytes)} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = bytes / 1000;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${v >= 100 ? Math.round(v) : v.toFixed(1)} ${units[u] ?? 'TB'}`;
}

/** "1 error", "2 warnings". */
export function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}
