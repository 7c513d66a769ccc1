import type { Clock } from '../worker/protocol.ts';
import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import { CHART_HEIGHT, MetricChart } from './MetricChart.tsx';
import { useStagedSeries } from './useStagedSeries.ts';
import { ChartNavigationContext, type ChartNavigation } from './zoom/ChartNavigation.ts';
import { OverviewStrip } from './zoom/OverviewStrip.tsx';
import './charts.css';

export interface ChartsPanelProps {
  readonly series: readonly DisplaySeries[];
  /** The run's clock (SPEC §7), the same object while it is unchanged; undefined without `start`. */
  readonly clock: Clock | undefined;
  /** The config now has errors: these are the last good charts, kept on screen but faded. */
  readonly dimmed: boolean;
  /** Called with `series` once every chart has drawn it (charts update one per frame). */
  readonly onDrawn?: (series: readonly DisplaySeries[]) => void;
  /** The shared zoom; without it the charts show the whole series and cannot zoom. */
  readonly navigation?: ChartNavigation;
  /** The whole series of every metric (`series` is what is drawn: zoomed, the visible part). */
  readonly overview?: readonly DisplaySeries[];
}

/**
 * Every metric's chart, stacked in config order. The charts adopt a new run one per frame
 * (useStagedSeries); a metric whose chart has not been drawn yet holds its place with an empty
 * frame of the same height, so the page does not jump while they arrive.
 */
export function ChartsPanel({ series, clock, dimmed, onDrawn, navigation, overview }: ChartsPanelProps) {
  const shown = useStagedSeries(series, onDrawn);
  const byName = new Map(shown.map((s) => [s.name, s]));
  const charts = (
    <section className={dimmed ? 'charts-panel charts-panel--dimmed' : 'charts-panel'} data-dimmed={dimmed}>
      {series.length === 0 ? <p className="charts-panel__empty">No data to chart yet.</p> : null}
      {navigation && overview?.[0] ? <OverviewStrip series={overview[0]} clock={clock} navigation={navigation} /> : null}
      {series.map((target) => {
        const s = byName.get(target.name);
        return s ? (
          <MetricChart key={target.name} series={s} clock={clock} range={navigation?.range} />
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
  return navigation ? <ChartNavigationContext.Provider value={navigation}>{charts}</ChartNavigationContext.Provider> : charts;
}
