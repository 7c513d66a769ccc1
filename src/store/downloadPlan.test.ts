import { describe, expect, it } from 'vitest';
import { cliCommand, DOWNLOAD_LIMITS, needsConfirmation, planDownload } from './downloadPlan.ts';

const MB = 1_000_000;
const GB = 1_000_000_000;
const withPicker = { canStream: true, limits: DOWNLOAD_LIMITS };
const withoutPicker = { canStream: false, limits: DOWNLOAD_LIMITS };

describe('planDownload', () => {
  it('builds ordinary files in memory, picker or not', () => {
    expect(planDownload(40 * MB, withPicker)).toBe('memory');
    expect(planDownload(40 * MB, withoutPicker)).toBe('memory');
  });

  it('streams big files to disk where the browser can, however big (the reported 4.9 GB CSV)', () => {
    expect(planDownload(256 * MB, withPicker)).toBe('stream');
    expect(planDownload(4.9 * GB, withPicker)).toBe('stream');
  });

  it('without a picker, still builds up to 1 GB in memory, and refuses the 4.9 GB file instead of crashing', () => {
    expect(planDownload(900 * MB, withoutPicker)).toBe('memory');
    expect(planDownload(GB, withoutPicker)).toBe('memory');
    expect(planDownload(GB + 1, withoutPicker)).toBe('refuse');
    expect(planDownload(4.9 * GB, withoutPicker)).toBe('refuse');
  });

  it('asks first for a million samples, and whenever the file is streamed or refused', () => {
    expect(needsConfirmation(999_999, 'memory', DOWNLOAD_LIMITS)).toBe(false);
    expect(needsConfirmation(1_000_000, 'memory', DOWNLOAD_LIMITS)).toBe(true);
    expect(needsConfirmation(10, 'stream', DOWNLOAD_LIMITS)).toBe(true);
    expect(needsConfirmation(10, 'refuse', DOWNLOAD_LIMITS)).toBe(true);
  });
});

describe('cliCommand', () => {
  it('passes the seed only when the config does not hold it, so the CLI makes the same file', () => {
    expect(cliCommand(42, 'config')).toBe('npx chaosgen -c config.toml -o output');
    expect(cliCommand(3_141_592, 'random')).toBe('npx chaosgen -c config.toml -o output --seed 3141592');
  });
});
