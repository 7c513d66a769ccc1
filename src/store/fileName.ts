// Download names: `<example>-seed<seed>.<ext>`, or `chaosgen-seed<seed>.<ext>` when the text did
// not come from an example. The example name is the last example chosen in this page (kept while
// the user edits it, since edits usually tweak that example); on load it is the example whose
// text equals the loaded text; opening a share link clears it.
import type { FileFormat } from '../worker/protocol.ts';

export const FALLBACK_NAME = 'chaosgen';

export function downloadName(exampleName: string | undefined, seed: number, format: FileFormat): string {
  // Keep names portable across file systems: letters, digits, dot, dash and underscore only.
  const base = (exampleName ?? '').replace(/[^\w.-]+/g, '_').replace(/^[._]+/, '') || FALLBACK_NAME;
  return `${base}-seed${seed}.${format}`;
}
