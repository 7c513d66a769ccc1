import { expect, test } from './fixtures.ts';
import { linkTo } from './playground.ts';

// A share link is untrusted input (issue 8, point 1): a config asking the tab for tens of GB is
// refused where the problem is, with the product and the limit, instead of killing the tab.

/** 500 metrics at 10,000,000 samples: ~40 GB of values if nothing stopped it. */
function hugeConfig(): string {
  const metrics = Array.from({ length: 500 }, (_, i) => `[metrics.m${i}]\nvalue = 1\nnoise = "gaussian"\n`).join('\n');
  return `[general]\nseed = 1\nnum_samples = 10000000\n\n${metrics}`;
}

test('a link to 10,000,000 samples × 500 metrics is refused at num_samples, naming the product, the limit and the CLI', async ({ playground }) => {
  await playground.page.goto(await linkTo(hugeConfig())); // not goto(): that waits for charts
  await expect(playground.main).toHaveAttribute('data-run-state', 'error');
  // The error sits on num_samples (line 3), and the banner says what to do.
  await expect.poll(() => playground.errorLines()).toEqual([3]);
  await expect(playground.banner).toContainText('5,000,000,000');
  await expect(playground.banner).toContainText('50,000,000');
  await expect(playground.banner).toContainText(/command line/i);
  // Nothing was generated, and the user keeps the link's whole text to fix.
  await expect(playground.charts).toHaveCount(0);
  expect(await playground.text()).toBe(hugeConfig());
});
