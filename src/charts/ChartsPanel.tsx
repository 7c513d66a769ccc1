import type { Clock } from '../worker/protocol.ts';
import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import { CHART_HEIGHT, MetricChart } from './MetricChart.tsx';
import { useStagedSeries } from './useStagedSeries.ts';
import './charts.css';

export interface ChartsPanelProps {
  readonly series: readonly DisplaySeries[];
  /** The run's clock (SPEC §7), the same object while it is unchanged; undefined without `start`. */
  readonly clock: Clock | undefined;
  /** The config now has errors: these are the last good charts, kept on screen but faded. */
  readonly dimmed: boolean;
  /** Called with `series` once every chart has drawn it (charts update one per frame). */
  readonly onDrawn?: (series: readonly DisplaySeries[]) => void;
}

/**
 * Every metric's chart, stacked in config order. The charts adopt a new run one per frame
 * (useStagedSeries); a metric whose chart has not been drawn yet holds its place with an empty
 * frame of the same height, so the page does not jump while they arrive.
 */
export function ChartsPanel({ series, clock, dimmed, onDrawn }: ChartsPanelProps) {
  const shown = useStagedSeries(series, onDrawn);
  const byName = new Map(shown.map((s) => [s.name, s]));
  return (
    <section className={dimmed ? 'charts-panel charts-panel--dimmed' : 'charts-panel'} data-dimmed={dimmed}>
      {series.length === 0 ? <p className="charts-panel__empty">No data to chart yet.</p> : null}
      {series.map((target) => {
        const s = byName.get(target.name);
        return s ? (
          <MetricChart key={target.name} series={s} clock={clock} />
        ) : (
          <div key={target.name} className="metric-chart metric-chart--pending" aria-hidden="true">
            <div className="metric-chart__head">
              <h3 className="metric-chart__title">{target.name}</h3>
            </div>
            <div style={{ height: CHART_HEIGHT }} />
          </div>
        );
      })}
    </section>
  );
}
