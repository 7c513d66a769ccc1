// The edit behind a dragged anomaly window: loaded on the first drag (windowActions.ts), since it
// needs the engine's whole config parser and validator (smol-toml's documents, the syntax
// explanations), which the page otherwise never runs: the worker checks every text.
import { anomalyWindowEdits, applyEdits, parseConfig } from '../engine/index.ts';
import type { WindowChange } from '../charts/shape/WindowEditing.ts';

export type WindowEditResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** `text` with `change`'s anomaly moved to its new samples, in the user's spelling; or why not. */
export function windowEdit(text: string, { metric, index, first, last }: WindowChange): WindowEditResult {
  const { config } = parseConfig(text);
  if (config === undefined) return { ok: false, reason: 'the config has errors' };
  const result = anomalyWindowEdits(text, config, metric, index, { atSample: first, recoverySamples: last - first + 1 });
  if (!result.ok) return { ok: false, reason: result.reason };
  return { ok: true, text: applyEdits(text, result.changes) };
}
