import { useMemo } from 'react';
import { ReferenceArea } from 'recharts';
import { anomalyBand, anomalyLabel } from './chartRows.ts';
import { useMetricChart } from './MetricChartContext.ts';

/** The anomaly window, shaded and labelled above the plot; nothing when the metric has none. */
export function AnomalyShade() {
  const { series, x } = useMetricChart();
  // Keyed on the window's content: each run brings a new anomaly object, and a changed label
  // object makes recharts measure the label's text again.
  const { first, last, pattern, factor } = series.anomaly ?? {};
  return useMemo(() => {
    if (first === undefined || last === undefined || pattern === undefined || factor === undefined) return null;
    const anomaly = { first, last, pattern, factor };
    const band = anomalyBand(anomaly, x.domain);
    const label = { value: anomalyLabel(anomaly), position: 'top' as const, fill: 'var(--anomaly-stroke)', fontSize: 11 };
    return (
      <ReferenceArea
        className="anomaly-window"
        x1={band.x1}
        x2={band.x2}
        fill="var(--anomaly-fill)"
        fillOpacity={1}
        stroke="var(--anomaly-stroke)"
        strokeOpacity={0.6}
        ifOverflow="hidden"
        label={label}
      />
    );
  }, [first, last, pattern, factor, x.domain]);
}
