import { describe, expect, it } from 'vitest';
import { pictureName } from './ChartExport.tsx';

describe('pictureName', () => {
  it('names the picture after the metric', () => {
    expect(pictureName('cpu_usage', 'png')).toBe('cpu_usage.png');
    expect(pictureName('memory_usage_mb', 'svg')).toBe('memory_usage_mb.svg');
  });

  it('keeps the name safe for any file system', () => {
    expect(pictureName('../p99 latency', 'png')).toBe('p99_latency.png');
    expect(pictureName('...', 'svg')).toBe('chart.svg');
  });
});
