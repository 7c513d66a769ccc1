import { activeSample } from './chartRows.ts';
import { useMetricChart } from './MetricChartContext.ts';
import { formatIndex, formatValue } from './formatTick.ts';
import { formatInstant } from './timeTicks.ts';

/**
 * A hover card's content for the chart's drawn point `point` (an index into its series'
 * arrays): the sample's time (with a clock), its index and the value there, exactly as the CSV
 * writes it, with the metric's unit; "missing" where the sample has no value. Shown by the
 * mouse's HoverCard and the keys' KeyCursorCard.
 */
export function SampleCard({ point }: { point: number }) {
  const { series, clock } = useMetricChart();
  const sample = activeSample(series, point);
  if (!sample) return null;
  // Milliseconds only when the clock can put a sample off a whole second.
  const time = clock ? formatInstant(clock.startMs + sample.i * clock.intervalMs, clock.startMs % 1000 !== 0 || clock.intervalMs % 1000 !== 0) : '';
  const missing = Number.isNaN(sample.v);
  return (
    <div className="chart-tooltip">
      {time === '' ? null : <div className="chart-tooltip__time">{time}</div>}
      <div className="chart-tooltip__index">sample {formatIndex(sample.i)}</div>
      <div className={missing ? 'chart-tooltip__value chart-tooltip__value--missing' : 'chart-tooltip__value'}>
        {missing ? 'missing' : series.unit ? `${formatValue(sample.v)} ${series.unit}` : formatValue(sample.v)}
      </div>
    </div>
  );
}
