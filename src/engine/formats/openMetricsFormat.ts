import { TimeColumn } from '../timeColumn.ts';
import { ByteBuffer } from './byteBuffer.ts';
import { OPENMETRICS_INFO } from './catalog.ts';
import type { OutputFormat } from './format.ts';
import { labelSet, metricName, unitOf } from './openMetricsNames.ts';

// metrics.om (SPEC §11), for `promtool tsdb create-blocks-from openmetrics`: one gauge family
// per metric, its samples `name{labels} value timestamp` with the timestamp in seconds (plain
// decimal, milliseconds after the point when there are any), in increasing order, missing
// samples left out, and `# EOF` at the end. OpenMetrics wants each family's samples together,
// so, as for metrics.json, each block's lines are put aside per metric and joined at the end.

const encoder = new TextEncoder();
const SPACE = 32;
const LF = 10;

export const openMetricsFormat: OutputFormat = {
  ...OPENMETRICS_INFO,
  create({ dataset, open, spool }) {
    const timeline = dataset.head.timeline;
    if (timeline?.startMs === undefined) throw new Error('OpenMetrics needs a start');
    const times = new TimeColumn('unix', timeline, 0);
    const prefixes = dataset.metrics.map((m) => encoder.encode(`${metricName(m.name)}${labelSet(m.labels)} `));
    const parts = spool();
    const pieces = dataset.metrics.map((): number[] => []);
    const buf = new ByteBuffer();
    let spooled = 0;
    return {
      async block(block) {
        const t = times.format(block.from, block.rows);
        for (let j = 0; j < block.columns.length; j++) {
          const column = block.columns[j];
          const prefix = prefixes[j];
          if (column === undefined || prefix === undefined) continue;
          buf.clear();
          buf.reserve(column.bytes.length + t.bytes.length + block.rows * (prefix.length + 2));
          let v = 0;
          let s = 0;
          for (let i = 0; i < block.rows; i++) {
            const vn = column.lengths[i] as number;
            const sn = t.lengths[i] as number;
            if (vn > 0) {
              buf.put(prefix);
              buf.put(column.bytes.subarray(v, v + vn));
              buf.byte(SPACE);
              buf.put(t.bytes.subarray(s, s + sn));
              buf.byte(LF);
            }
            v += vn + 1;
            s += sn + 1;
          }
          const bytes = buf.view();
          await parts.append(bytes);
          pieces[j]?.push(spooled, bytes.length);
          spooled += bytes.length;
        }
      },
      async end() {
        const out = open('metrics.om');
        for (let j = 0; j < dataset.metrics.length; j++) {
          const m = dataset.metrics[j];
          if (m === undefined) continue;
          const family = metricName(m.name);
          const unit = unitOf(family, m.unit);
          await out.write(encoder.encode(`# TYPE ${family} gauge\n${unit === undefined ? '' : `# UNIT ${family} ${unit}\n`}`));
          const list = pieces[j] ?? [];
          for (let k = 0; k < list.length; k += 2) {
            for await (const chunk of parts.read(list[k] as number, list[k + 1] as number)) await out.write(chunk);
          }
        }
        await out.write(encoder.encode('# EOF\n'));
      },
    };
  },
};
