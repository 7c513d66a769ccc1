import { describe, expect, it } from 'vitest';
import { loadChartSize, loadSplit, saveChartSize, saveSplit, SPLIT_DEFAULT, SPLIT_KEY, SPLIT_MAX, SPLIT_MIN, CHART_SIZE_KEY, type PrefStorage } from './layoutPrefs.ts';

function memory(values: Record<string, string> = {}): PrefStorage & { values: Record<string, string> } {
  return {
    values,
    getItem: (k) => values[k] ?? null,
    setItem: (k, v) => {
      values[k] = v;
    },
  };
}

const throwing: PrefStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('the remembered split', () => {
  it('comes back as saved', () => {
    const s = memory();
    saveSplit(s, 61);
    expect(loadSplit(s)).toBe(61);
  });

  it('is the default when missing, garbled or storage refuses', () => {
    expect(loadSplit(memory())).toBe(SPLIT_DEFAULT);
    for (const bad of ['', 'wide', 'NaN', '{"a":1}', 'Infinity']) expect(loadSplit(memory({ [SPLIT_KEY]: bad }))).toBe(SPLIT_DEFAULT);
    expect(loadSplit(throwing)).toBe(SPLIT_DEFAULT);
    expect(() => saveSplit(throwing, 50)).not.toThrow();
    expect(loadSplit(undefined)).toBe(SPLIT_DEFAULT);
  });

  it('is kept within bounds, so a pane can never vanish', () => {
    expect(loadSplit(memory({ [SPLIT_KEY]: '3' }))).toBe(SPLIT_MIN);
    expect(loadSplit(memory({ [SPLIT_KEY]: '99.5' }))).toBe(SPLIT_MAX);
    expect(loadSplit(memory({ [SPLIT_KEY]: '-40' }))).toBe(SPLIT_MIN);
  });
});

describe('the remembered chart size', () => {
  it('comes back as saved, and is fit for anything else', () => {
    const s = memory();
    saveChartSize(s, 'L');
    expect(loadChartSize(s)).toBe('L');
    expect(loadChartSize(memory({ [CHART_SIZE_KEY]: 'XL' }))).toBe('fit');
    expect(loadChartSize(throwing)).toBe('fit');
  });
});
