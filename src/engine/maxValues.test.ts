import { describe, expect, it } from 'vitest';
import { keyDoc } from './schema/lookup.ts';
import { MAX_BROWSER_VALUES } from './limits.ts';
import { parseConfig } from './parseConfig.ts';

// The playground keeps every value of a run in memory; parseConfig's maxValues refuses a
// config whose num_samples × metrics would not fit, at num_samples, before anything is allocated.

function config(samples: number, metrics: number): string {
  return `[general]\nnum_samples = ${samples}\n` + Array.from({ length: metrics }, (_, i) => `[metrics.m${i}]\nvalue = ${i}\n`).join('');
}

describe('maxValues: a cap on num_samples × metrics', () => {
  it('is an error at num_samples that names the product, the factors and the limit', () => {
    const text = config(300, 4);
    const { config: c, diagnostics } = parseConfig(text, { maxValues: 1000 });
    expect(c).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(d).toMatchObject({ severity: 'error', line: 2, column: 15 });
    expect(text.slice(d?.from, d?.to)).toBe('300');
    expect(d?.message).toBe(
      'num_samples × metrics is 1,200 (300 samples × 4 metrics); the playground holds at most 1,000 values — ' +
        'use fewer samples or metrics, or the command line (npx chaosgen -c config.toml), which streams',
    );
  });

  it('lets a config exactly at the cap through', () => {
    expect(parseConfig(config(250, 4), { maxValues: 1000 }).diagnostics).toEqual([]);
  });

  it('says "metric" for one', () => {
    expect(parseConfig(config(2000, 1), { maxValues: 1000 }).diagnostics[0]?.message).toContain('(2,000 samples × 1 metric)');
  });

  it('applies only when asked: the CLI streams and has no such cap', () => {
    expect(parseConfig(config(10_000_000, 500)).diagnostics).toEqual([]);
  });

  it('at the browser cap, refuses the reported 10,000,000 samples × 500 metrics', () => {
    const { diagnostics } = parseConfig(config(10_000_000, 500), { maxValues: MAX_BROWSER_VALUES });
    expect(diagnostics.map((d) => d.message)).toEqual([
      'num_samples × metrics is 5,000,000,000 (10,000,000 samples × 500 metrics); the playground holds at most 50,000,000 values — ' +
        'use fewer samples or metrics, or the command line (npx chaosgen -c config.toml), which streams',
    ]);
    expect(parseConfig(config(10_000_000, 5), { maxValues: MAX_BROWSER_VALUES }).diagnostics).toEqual([]);
  });

  it('counts every metric, even one with an error of its own', () => {
    const text = config(300, 3) + '[metrics.bad]\nvalue = "x"\n';
    const messages = parseConfig(text, { maxValues: 1000 }).diagnostics.map((d) => d.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('(300 samples × 4 metrics)');
  });

  it('is stated in the key docs that hover and the README show', () => {
    expect(keyDoc('general', 'num_samples')?.summary).toContain('num_samples × the number of metrics may be at most 50,000,000');
  });
});
