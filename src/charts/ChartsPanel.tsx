import type { DisplaySeries } from './displaySeries.ts';
import { MetricChart } from './MetricChart.tsx';
import './charts.css';

export interface ChartsPanelProps {
  readonly series: readonly DisplaySeries[];
  /** The config now has errors: these are the last good charts, kept on screen but faded. */
  readonly dimmed: boolean;
}

/** Every metric's chart, stacked in config order. */
export function ChartsPanel({ series, dimmed }: ChartsPanelProps) {
  return (
    <section className={dimmed ? 'charts-panel charts-panel--dimmed' : 'charts-panel'} data-dimmed={dimmed}>
      {series.length === 0 ? <p className="charts-panel__empty">No data to chart yet.</p> : null}
      {series.map((s) => (
        <MetricChart key={s.name} series={s} />
      ))}
    </section>
  );
}
