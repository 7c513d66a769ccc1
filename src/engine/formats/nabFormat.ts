import { TimeColumn } from '../timeColumn.ts';
import { ByteBuffer } from './byteBuffer.ts';
import { NAB_INFO, nabFileName } from './catalog.ts';
import type { DatasetInfo, DatasetMetric, OutputFormat, OutputStream } from './format.ts';

// The Numenta Anomaly Benchmark's layout (SPEC §11; numenta/NAB: data/<file>.csv and
// labels/combined_windows.json): nab/<metric>.csv with `timestamp,value` rows,
// `YYYY-MM-DD HH:MM:SS` times, and nab/labels/combined_windows.json mapping each data file's
// path (relative to nab/, as NAB's keys are relative to its data/ folder) to its anomaly
// windows, [first time, last time] with NAB's `.000000` microseconds. A missing sample is a
// row left out: NAB's own real-world files have such gaps, while an empty value would be NaN
// to its detectors (docs/decisions.md).

const encoder = new TextEncoder();
const HEADER = encoder.encode('timestamp,value\n');
const COMMA = 44;
const LF = 10;
const SPACE = 32;

/** `2026-03-02 00:01:00` of epoch ms (whole seconds, years 0–9999). */
export function nabTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

function windowsJson(dataset: DatasetInfo, startMs: number, intervalMs: number): string {
  const at = (i: number) => `${nabTime(startMs + i * intervalMs)}.000000`;
  const entry = (m: DatasetMetric) => [nabFileName(m.name), m.windows.map((w) => [at(w.first), at(w.last)])] as const;
  return JSON.stringify(Object.fromEntries(dataset.metrics.map(entry)), null, 4) + '\n';
}

export const nabFormat: OutputFormat = {
  ...NAB_INFO,
  create({ dataset, open }) {
    const timeline = dataset.head.timeline;
    if (timeline?.startMs === undefined) throw new Error('NAB needs a start');
    const { startMs, intervalMs } = timeline;
    const iso = new TimeColumn('iso', timeline, 0); // 2026-03-02T00:01:00Z: 20 bytes a row
    const files: OutputStream[] = dataset.metrics.map((m) => open(`nab/${nabFileName(m.name)}`));
    const buf = new ByteBuffer();
    let started = false;
    const header = async () => {
      started = true;
      for (const f of files) await f.write(HEADER);
    };
    return {
      async block(block) {
        if (!started) await header();
        const t = iso.format(block.from, block.rows);
        for (let j = 0; j < files.length; j++) {
          const column = block.columns[j];
          if (column === undefined) continue;
          buf.clear();
          buf.reserve(column.bytes.length + block.rows * 22);
          let v = 0;
          for (let i = 0; i < block.rows; i++) {
            const vn = column.lengths[i] as number;
            if (vn > 0) {
              const s = i * 21; // every ISO time here is 20 bytes and its comma
              buf.put(t.bytes.subarray(s, s + 19)); // without the Z
              buf.bytes[buf.length - 9] = SPACE; // the T
              buf.byte(COMMA);
              buf.put(column.bytes.subarray(v, v + vn));
              buf.byte(LF);
            }
            v += vn + 1;
          }
          await files[j]?.write(buf.view());
        }
      },
      async end() {
        if (!started) await header();
        await open('nab/labels/combined_windows.json').write(encoder.encode(windowsJson(dataset, startMs, intervalMs)));
      },
    };
  },
};
