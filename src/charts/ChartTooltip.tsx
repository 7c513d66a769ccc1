import type { TooltipContentProps } from 'recharts';
import type { ChartRow } from './chartRows.ts';
import { formatIndex, formatValue } from './formatTick.ts';

function isRow(p: unknown): p is ChartRow {
  return typeof p === 'object' && p !== null && typeof (p as { i?: unknown }).i === 'number' && typeof (p as { v?: unknown }).v === 'number';
}

/**
 * Hover card: the sample index and the value there, exactly as the CSV writes it. Both come
 * from this chart's own row: on a synced chart recharts passes the hovered chart's label, which
 * after downsampling may be a neighbouring sample.
 */
export function ChartTooltip({ active, payload }: TooltipContentProps) {
  const row: unknown = payload[0]?.payload;
  if (!active || !isRow(row)) return null;
  return (
    <div className="chart-tooltip">
      <div className="chart-tooltip__index">sample {formatIndex(row.i)}</div>
      <div className="chart-tooltip__value">{formatValue(row.v)}</div>
    </div>
  );
}
