// The remembered layout as React state: read once at mount, written back on every change.
import { useCallback, useState } from 'react';
import type { ChartSize } from '../charts/chartHeight.ts';
import { clampSplit, loadChartSize, loadSplit, pageStorage, saveChartSize, saveSplit } from './layoutPrefs.ts';

export function useSplit(): readonly [number, (percent: number) => void] {
  const [split, setSplit] = useState(() => loadSplit(pageStorage()));
  const change = useCallback((percent: number) => {
    const next = clampSplit(percent);
    setSplit(next);
    saveSplit(pageStorage(), next);
  }, []);
  return [split, change];
}

export function useChartSize(): readonly [ChartSize, (size: ChartSize) => void] {
  const [size, setSize] = useState(() => loadChartSize(pageStorage()));
  const change = useCallback((next: ChartSize) => {
    setSize(next);
    saveChartSize(pageStorage(), next);
  }, []);
  return [size, change];
}
