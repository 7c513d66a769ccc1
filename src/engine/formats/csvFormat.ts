import type { Block } from '../blocks.ts';
import { csvHeader } from '../csv.ts';
import { pyCsvHeader, pyCsvRows } from '../numpy/pyCsv.ts';
import { CSV_INFO } from './catalog.ts';
import type { DatasetInfo, OutputFormat } from './format.ts';

// metrics.csv (SPEC §4, §10): the header, then each block's rows as the blocks stitched them;
// in numpy mode (SPEC §12) the original tool's bytes, from the blocks' raw values. files.ts
// (the playground's CSV, the golden hashes, the numpy corpus) writes through the same two
// functions, so every test of its bytes tests the CLI's and the worker's.

/** metrics.csv's header line. */
export function csvHeaderBytes(dataset: DatasetInfo): Uint8Array {
  const names = dataset.metrics.map((m) => m.name);
  return dataset.head.rng === 'numpy' ? pyCsvHeader(names) : csvHeader(names, dataset.layout);
}

/** A block's lines of metrics.csv. */
export function csvBlockBytes(dataset: DatasetInfo, block: Block): Uint8Array {
  return dataset.head.rng === 'numpy' ? pyCsvRows(block.values, 0, block.rows) : block.csv;
}

export const csvFormat: OutputFormat = {
  ...CSV_INFO,
  create({ dataset, open }) {
    const out = open('metrics.csv');
    let started = false;
    const header = () => {
      started = true;
      return out.write(csvHeaderBytes(dataset));
    };
    return {
      async block(block) {
        if (!started) await header();
        await out.write(csvBlockBytes(dataset, block));
      },
      async end() {
        if (!started) await header();
      },
    };
  },
};
