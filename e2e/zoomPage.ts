import { expect, type Locator, type Page } from '@playwright/test';
import type { Playground } from './playground.ts';

// What the zoom specs read and do on the charts: the visible x-domain every chart reports, the
// tick labels along its bottom, the points of its line, and the gestures (Ctrl + wheel, the
// overview strip's brush, a label's click, a double-click).

export class ZoomCharts {
  readonly page: Page;
  readonly overview: Locator;
  readonly showAll: Locator;

  constructor(readonly playground: Playground) {
    this.page = playground.page;
    this.overview = this.page.getByTestId('overview-strip');
    this.showAll = this.page.getByRole('button', { name: 'Show all' });
  }

  /** Each chart's visible x-domain [lo, hi], in sample positions, in chart order. */
  async domains(): Promise<[number, number][]> {
    const all = await this.playground.charts.evaluateAll((charts) => charts.map((c) => c.getAttribute('data-x-domain') ?? ''));
    return all.map((d) => d.split(' ').map(Number) as [number, number]);
  }

  async domain(metric: string): Promise<[number, number]> {
    const d = (await this.playground.chart(metric).getAttribute('data-x-domain')) ?? '';
    return d.split(' ').map(Number) as [number, number];
  }

  /** The x axis' tick labels of one chart, left to right. */
  async xTicks(metric: string): Promise<string[]> {
    return this.playground.xTickLabels(metric).allTextContents();
  }

  /** How many points the chart's line is drawn through (each M or L of its path is one). */
  async pointsDrawn(metric: string): Promise<number> {
    const d = await this.playground.linePath(metric);
    return (d.match(/[ML]/g) ?? []).length;
  }

  /** The plot area of a chart (its navigation surface), in page pixels. */
  async plotBox(metric: string): Promise<{ x: number; y: number; width: number; height: number }> {
    const box = await this.playground.chart(metric).locator('rect.chart-nav').boundingBox();
    if (!box) throw new Error(`no plot area on ${metric}`);
    return box;
  }

  /** Ctrl + wheel over a chart's plot at `fraction` of its width: `notches` wheel notches in. */
  async ctrlWheel(metric: string, fraction: number, notches: number): Promise<void> {
    const box = await this.plotBox(metric);
    await this.page.mouse.move(box.x + box.width * fraction, box.y + box.height / 2);
    await this.page.keyboard.down('Control');
    for (let k = 0; k < notches; k++) await this.page.mouse.wheel(0, -100);
    await this.page.keyboard.up('Control');
  }

  /** Drags across the overview strip from `from` to `to` (fractions of its width). */
  async brush(from: number, to: number): Promise<void> {
    const box = await this.overview.boundingBox();
    if (!box) throw new Error('no overview strip');
    const y = box.y + box.height / 2;
    await this.page.mouse.move(box.x + box.width * from, y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width * ((from + to) / 2), y, { steps: 4 });
    await this.page.mouse.move(box.x + box.width * to, y, { steps: 4 });
    await this.page.mouse.up();
  }

  /** Waits until every chart shows the same domain, and it is not `not` (the one before a gesture). */
  async waitSettled(not?: [number, number]): Promise<[number, number]> {
    await expect
      .poll(async () => {
        const ds = await this.domains();
        const first = ds[0];
        if (!first || ds.some((d) => d[0] !== first[0] || d[1] !== first[1])) return 'charts disagree';
        if (not && first[0] === not[0] && first[1] === not[1]) return 'unchanged';
        return 'settled';
      })
      .toBe('settled');
    return (await this.domains())[0] as [number, number];
  }
}

/** Whole samples a domain needs drawn: every one inside it plus the neighbour past each fractional edge. */
export function samplesIn([lo, hi]: [number, number]): number {
  return Math.ceil(hi) - Math.floor(lo) + 1;
}
