import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, plural } from './format.ts';

describe('format', () => {
  it('sizes files the way download dialogs do', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(3416)).toBe('3.4 KB');
    expect(formatBytes(22_469_584)).toBe('22.5 MB');
    expect(formatBytes(224_696_301)).toBe('225 MB');
    expect(formatBytes(1_300_000_000)).toBe('1.3 GB');
  });

  it('shows durations with sensible precision', () => {
    expect(formatDuration(0.84)).toBe('0.8 ms');
    expect(formatDuration(42.4)).toBe('42 ms');
    expect(formatDuration(1456)).toBe('1.46 s');
  });

  it('pluralises counts', () => {
    expect(plural(1, 'error')).toBe('1 error');
    expect(plural(1200, 'warning')).toBe('1,200 warnings');
  });
});
