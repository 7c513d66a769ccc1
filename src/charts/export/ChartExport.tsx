import { createContext, useContext, useState, type MouseEvent } from 'react';
import { standaloneSvg, svgToPng } from './standaloneSvg.ts';
import './chartExport.css';

/** Where an exported picture goes (the page's download; tests may record it). */
export type SavePicture = (blob: Blob, name: string) => void;

export const ChartSaveContext = createContext<SavePicture | undefined>(undefined);

/** `cpu_usage.png`: the metric's name, kept to characters every file system takes. */
export function pictureName(metric: string, ext: 'png' | 'svg'): string {
  return `${metric.replace(/[^\w.-]+/g, '_').replace(/^[._]+/, '') || 'chart'}.${ext}`;
}

async function exportChart(button: HTMLElement, metric: string, ext: 'png' | 'svg', save: SavePicture): Promise<void> {
  const figure = button.closest('figure');
  const svg = figure?.querySelector<SVGSVGElement>('svg.chart-surface');
  if (!figure || !svg) throw new Error('the chart is not drawn yet');
  const page = getComputedStyle(figure);
  const picture = standaloneSvg(svg, { title: metric, background: page.backgroundColor, color: page.color, fontFamily: page.fontFamily });
  const blob = ext === 'svg' ? new Blob([picture.text], { type: 'image/svg+xml' }) : await svgToPng(picture, window.devicePixelRatio);
  save(blob, pictureName(metric, ext));
}

/**
 * "PNG" and "SVG" in a chart's head: the chart as it is on screen (zoom included) as a picture.
 * A failure is said beside the buttons; the chart itself is never touched.
 */
export function ChartExport({ metric }: { readonly metric: string }) {
  const save = useContext(ChartSaveContext);
  const [error, setError] = useState<string | undefined>(undefined);
  if (save === undefined) return null;
  const run = (ext: 'png' | 'svg') => (e: MouseEvent<HTMLButtonElement>) => {
    setError(undefined);
    exportChart(e.currentTarget, metric, ext, save).catch((err: unknown) => setError(`Export failed: ${err instanceof Error ? err.message : String(err)}`));
  };
  return (
    <span className="chart-export" role="group" aria-label={`Export the ${metric} chart`}>
      <button type="button" className="chart-export__button" onClick={run('png')} aria-label={`Export ${metric} chart as PNG`}>
        PNG
      </button>
      <button type="button" className="chart-export__button" onClick={run('svg')} aria-label={`Export ${metric} chart as SVG`}>
        SVG
      </button>
      {error ? (
        <span className="chart-export__error" role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}
