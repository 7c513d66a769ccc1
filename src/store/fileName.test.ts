import { describe, expect, it } from 'vitest';
import { downloadName } from './fileName.ts';

describe('downloadName', () => {
  it('is <example>-seed<seed>.<ext>, or chaosgen when there is no example', () => {
    expect(downloadName('cpu-spike', 42, 'csv')).toBe('cpu-spike-seed42.csv');
    expect(downloadName(undefined, 3_141_592_653, 'json')).toBe('chaosgen-seed3141592653.json');
  });

  it('keeps names safe for any file system', () => {
    expect(downloadName('../my config', 1, 'csv')).toBe('my_config-seed1.csv');
    expect(downloadName('...', 1, 'csv')).toBe('chaosgen-seed1.csv');
  });
});
