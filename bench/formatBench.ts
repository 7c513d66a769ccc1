import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The CLI per output (issue 11): Parquet and the plot, each in a cold process like the CSV
// rows above, with wall time, peak RSS and the size of what it wrote. Parquet at 10 M samples
// is the memory check: row groups are written as they fill, so RSS must stay under 1 GB.

export interface FormatCase {
  readonly label: string;
  readonly text: string;
  readonly args: readonly string[];
  readonly runs: number;
  /** Peak RSS must stay below this many MB, or the row says so. */
  readonly maxRssMb?: number;
}

export function formatBench(root: string, cases: readonly FormatCase[]): void {
  console.log('\nCLI per output (cold process; the files written besides nothing else):');
  console.log('| output, config, samples × metrics      | wall time | peak RSS | written                              |');
  console.log('|----------------------------------------|----------:|---------:|--------------------------------------|');
  const dir = mkdtempSync(join(tmpdir(), 'chaosgen-bench-formats-'));
  try {
    cases.forEach((c, k) => {
      const cfg = join(dir, `case-${k}.toml`);
      writeFileSync(cfg, c.text);
      const walls: number[] = [];
      let rss = 0;
      const out = join(dir, `out-${k}`);
      for (let i = 0; i < c.runs; i++) {
        const t = performance.now();
        const p = spawnSync(process.execPath, ['--import', join(root, 'bench', 'report-rss.mjs'), join(root, 'bin', 'chaosgen.mjs'), '-c', cfg, '-o', out, ...c.args], {
          stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
        });
        walls.push(performance.now() - t);
        if (p.status !== 0) throw new Error(`CLI failed: ${p.stderr.toString()}`);
        rss = Math.max(rss, Number(String(p.output[3] ?? '0').trim()));
      }
      const files = readdirSync(out).sort().map((f) => `${f.replace('metrics.', '')} ${(statSync(join(out, f)).size / 1e6).toFixed(1)} MB`).join(', ');
      const rssMb = rss / 1024;
      const over = c.maxRssMb !== undefined && rssMb >= c.maxRssMb ? ` OVER ${c.maxRssMb} MB` : '';
      const wall = [...walls].sort((a, b) => a - b)[Math.floor(walls.length / 2)] ?? NaN;
      console.log(`| ${c.label.padEnd(38)} | ${`${(wall / 1000).toFixed(2)} s`.padStart(9)} | ${`${rssMb.toFixed(0)} MB${over}`.padStart(8)} | ${files.padEnd(36)} |`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
