import { csvHeader } from '../csv.ts';
import type { OutputFormat } from './format.ts';

// metrics.csv (SPEC §4, §10): the header, then each block's rows as the blocks stitched them.

export const csvFormat: OutputFormat = {
  id: 'csv',
  label: 'CSV',
  description: 'one row per sample, one column per metric',
  mediaType: 'text/csv',
  layout: { kind: 'file', name: 'metrics.csv' },
  create({ dataset, open }) {
    const out = open('metrics.csv');
    let started = false;
    const header = () => {
      started = true;
      return out.write(csvHeader(dataset.metrics.map((m) => m.name), dataset.layout));
    };
    return {
      async block(block) {
        if (!started) await header();
        await out.write(block.csv);
      },
      async end() {
        if (!started) await header();
      },
    };
  },
};
