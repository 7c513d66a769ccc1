import type { Block } from '../blocks.ts';
import type { FormatWriter, OutputFormat, WriterContext } from './format.ts';

// One pass over a dataset's blocks feeding every asked-for format: the values are generated
// and formatted once however many formats are written.

export interface RunHooks {
  /** After each block has gone to every writer (the CLI lets signals in; progress). */
  readonly afterBlock?: (block: Block) => void | Promise<void>;
  /** After the last block, before the writers end (timing). */
  readonly beforeEnd?: () => void;
}

export async function runWriters(
  formats: readonly OutputFormat[],
  contextOf: (format: OutputFormat) => WriterContext,
  blocks: Iterable<Block>,
  hooks: RunHooks = {},
): Promise<void> {
  const writers: FormatWriter[] = [];
  for (const f of formats) writers.push(await f.create(contextOf(f)));
  for (const block of blocks) {
    for (const w of writers) await w.block(block);
    await hooks.afterBlock?.(block);
  }
  hooks.beforeEnd?.();
  for (const w of writers) await w.end();
}
