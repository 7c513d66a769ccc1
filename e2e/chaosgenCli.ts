import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

// The command line as the browser's reference: the specs run the real bin/chaosgen.mjs on the
// very text the editor holds and compare the bytes.

const run = promisify(execFile);

export interface CliOutput {
  readonly csv: string;
  readonly json: string;
  /** Where the other formats' files are, when asked for: metrics.om, the folder nab/. */
  readonly om: string;
  readonly nab: string;
  readonly stdout: string;
}

/** Writes `text` to `<dir>/config.toml`, runs `chaosgen -c … -o <dir>/out [--format …]` and returns the file paths. */
export async function runChaosgen(text: string, dir: string, formats?: string): Promise<CliOutput> {
  await mkdir(dir, { recursive: true });
  const config = join(dir, 'config.toml');
  const out = join(dir, 'out');
  await writeFile(config, text, 'utf8');
  const { stdout } = await run(process.execPath, ['bin/chaosgen.mjs', '-c', config, '-o', out, ...(formats === undefined ? [] : ['--format', formats])], {
    maxBuffer: 1 << 20,
  });
  return { csv: join(out, 'metrics.csv'), json: join(out, 'metrics.json'), om: join(out, 'metrics.om'), nab: join(out, 'nab'), stdout };
}

/** SHA-256 of a file, read as a stream so a file of tens of megabytes never sits in one string. */
export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
