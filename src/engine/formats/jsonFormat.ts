import { jsonPiece } from '../columnText.ts';
import { jsonParts } from '../json.ts';
import { JSON_INFO } from './catalog.ts';
import type { OutputFormat } from './format.ts';

// metrics.json (SPEC §4, §10). JSON lists one metric's values after another, and their lengths
// are not known in advance: each block's piece of every metric is put aside in a spool (where
// it went is noted), and the document is assembled from the spool at the end. Every value is
// formatted once (the blocks' column text), and memory does not grow with the samples.

export const jsonFormat: OutputFormat = {
  ...JSON_INFO,
  create({ dataset, open, spool }) {
    const parts = spool();
    const n = dataset.head.numSamples;
    // Per metric, the (offset, length) of each of its pieces in the spool.
    const pieces = dataset.metrics.map((): number[] => []);
    let spooled = 0;
    let rows = 0;
    return {
      async block(block) {
        rows += block.rows;
        const last = rows === n;
        for (let j = 0; j < block.columns.length; j++) {
          const column = block.columns[j];
          if (column === undefined) continue;
          const bytes = jsonPiece(column, last);
          await parts.append(bytes);
          pieces[j]?.push(spooled, bytes.length);
          spooled += bytes.length;
        }
      },
      async end() {
        const out = open('metrics.json');
        const text = jsonParts(dataset.head, dataset.metrics);
        await out.write(text.head);
        for (let j = 0; j < pieces.length; j++) {
          await out.write(text.open(j));
          const list = pieces[j] ?? [];
          for (let k = 0; k < list.length; k += 2) {
            for await (const chunk of parts.read(list[k] as number, list[k + 1] as number)) await out.write(chunk);
          }
          await out.write(text.close(j));
        }
        await out.write(text.tail);
      },
    };
  },
};
