// Chart height: fit the pane, or small / medium / large. A group of toggle buttons (one
// pressed), remembered by useChartSize.
import type { ReactElement } from 'react';
import { CHART_SIZES, type ChartSize } from '../charts/chartHeight.ts';

const LABEL: Readonly<Record<ChartSize, { readonly text: string; readonly title: string }>> = {
  fit: { text: 'Fit', title: 'Fit the charts to the pane (up to four at once)' },
  S: { text: 'S', title: 'Small charts' },
  M: { text: 'M', title: 'Medium charts' },
  L: { text: 'L', title: 'Large charts' },
};

export function ChartSizeControl({ size, onChange }: { size: ChartSize; onChange(size: ChartSize): void }): ReactElement {
  return (
    <div className="size-control" role="group" aria-label="Chart height">
      {CHART_SIZES.map((s) => (
        <button key={s} type="button" className="size-control__option" aria-pressed={s === size} title={LABEL[s].title} onClick={() => onChange(s)}>
          {LABEL[s].text}
        </button>
      ))}
    </div>
  );
}
