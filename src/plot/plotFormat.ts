import { formatCount, type OutputFormat } from '../engine/index.ts';
import { formatInstant } from '../charts/timeTicks.ts';
import { MinMaxColumns } from './minMaxColumns.ts';
import { PLOT_COLUMNS, plotSvg, type PlotInput } from './plotSvg.ts';

// `--plot` as a writer over the dataset's blocks, like any format: each block is reduced into
// the panels' pixel columns as it passes (memory does not grow with the samples), and at the
// end metrics.svg is written, then metrics.png from it. The PNG needs a rasteriser, which the
// caller brings (the CLI's is native code: src/cli/rasterise.ts); the SVG needs nothing.
// Not in the engine's registry: it is a flag beside --format, not a format.

export type Rasterise = (svg: string) => Uint8Array | Promise<Uint8Array>;

export function plotFormat(title: string, rasterise: Rasterise): OutputFormat {
  return {
    id: 'plot',
    label: 'Plot',
    description: 'one panel per metric with the anomaly windows shaded',
    mediaType: 'image/svg+xml',
    layout: { kind: 'files', names: ['metrics.svg', 'metrics.png'] },
    create({ dataset, open }) {
      const { head, metrics } = dataset;
      const columns = metrics.map(() => new MinMaxColumns(head.numSamples, PLOT_COLUMNS));
      return {
        block(block) {
          columns.forEach((c, j) => c.add(block.from, block.values[j] ?? new Float64Array(0)));
        },
        async end() {
          const startMs = head.timeline?.startMs;
          const clock = startMs === undefined || !head.timeline ? undefined : { startMs, intervalMs: head.timeline.intervalMs };
          const input: PlotInput = {
            title,
            subtitle: subtitle(head.numSamples, head.seed, clock),
            numSamples: head.numSamples,
            clock,
            metrics: metrics.map((m, j) => ({ name: m.name, ...(m.unit !== undefined && { unit: m.unit }), windows: m.windows, columns: columns[j] as MinMaxColumns })),
          };
          const svg = plotSvg(input);
          await open('metrics.svg').write(new TextEncoder().encode(svg));
          await open('metrics.png').write(await rasterise(svg));
        },
      };
    },
  };
}

/** "10,080 samples · seed 20260302 · 2026-03-02 00:00:00 UTC to 2026-03-08 23:59:00 UTC". */
function subtitle(n: number, seed: number, clock: { startMs: number; intervalMs: number } | undefined): string {
  const base = `${formatCount(n)} samples · seed ${seed}`;
  if (!clock) return base;
  const withMs = clock.startMs % 1000 !== 0 || clock.intervalMs % 1000 !== 0;
  const last = clock.startMs + Math.max(0, n - 1) * clock.intervalMs;
  return `${base} · ${formatInstant(clock.startMs, withMs)} to ${formatInstant(last, withMs)}`;
}
