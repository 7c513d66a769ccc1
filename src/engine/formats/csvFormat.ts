import { csvHeader } from '../csv.ts';
import { pyCsvHeader, pyCsvRows } from '../numpy/pyCsv.ts';
import type { OutputFormat } from './format.ts';

// metrics.csv (SPEC §4, §10): the header, then each block's rows as the blocks stitched them;
// in numpy mode (SPEC §12) the original tool's bytes, from the blocks' raw values.

export const csvFormat: OutputFormat = {
  id: 'csv',
  label: 'CSV',
  description: 'one row per sample, one column per metric',
  mediaType: 'text/csv',
  layout: { kind: 'file', name: 'metrics.csv' },
  create({ dataset, open }) {
    const out = open('metrics.csv');
    const numpy = dataset.head.rng === 'numpy';
    let started = false;
    const header = () => {
      started = true;
      const names = dataset.metrics.map((m) => m.name);
      return out.write(numpy ? pyCsvHeader(names) : csvHeader(names, dataset.layout));
    };
    return {
      async block(block) {
        if (!started) await header();
        await out.write(numpy ? pyCsvRows(block.values, 0, block.rows) : block.csv);
      },
      async end() {
        if (!started) await header();
      },
    };
  },
};
