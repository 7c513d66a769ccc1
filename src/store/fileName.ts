// Download names: `<example>-seed<seed>.<ext>`, or `chaosgen-seed<seed>.<ext>` when the text did
// not come from an example. The example name is the last example chosen in this page (kept while
// the user edits it, since edits usually tweak that example); on load it is the example whose
// text equals the loaded text; opening a share link clears it.
// A format laid out as one file keeps its file's extension (`.csv`, `.om`); a folder (NAB's
// nab/) is downloaded as a ZIP named after it: `<example>-seed<seed>-nab.zip`.
import { formatInfoById } from '../engine/index.ts';
import type { FileFormat } from '../worker/protocol.ts';

export const FALLBACK_NAME = 'chaosgen';

/** `csv`, `om`; `nab.zip` for a folder. */
export function downloadExtension(format: FileFormat): string {
  const layout = formatInfoById(format)?.layout;
  if (layout === undefined) return format;
  if (layout.kind === 'file') return layout.name.slice(layout.name.lastIndexOf('.') + 1);
  return `${layout.kind === 'folder' ? layout.name : format}.zip`;
}

/** How messages name the format: `CSV`, `OpenMetrics`. */
export function formatLabel(format: FileFormat): string {
  return formatInfoById(format)?.label ?? format.toUpperCase();
}

export function downloadName(exampleName: string | undefined, seed: number, format: FileFormat): string {
  // Keep names portable across file systems: letters, digits, dot, dash and underscore only.
  const base = (exampleName ?? '').replace(/[^\w.-]+/g, '_').replace(/^[._]+/, '') || FALLBACK_NAME;
  const ext = downloadExtension(format);
  return ext.endsWith('.zip') ? `${base}-seed${seed}-${ext}` : `${base}-seed${seed}.${ext}`;
}
