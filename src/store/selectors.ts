// Narrow selectors: each component subscribes to the little it shows, so a keystroke re-renders
// the editor's neighbours only when what they show has changed.
import { readSeed, type Diagnostic } from '../engine/index.ts';
import type { AppState } from './appStore.ts';

export const selectActions = (s: AppState) => s.actions;

/** Diagnostics of the current text only: older ones describe a text that no longer exists. */
function currentDiagnostics(s: AppState): readonly Diagnostic[] {
  return s.diagnosticsFor === s.text ? s.diagnostics : [];
}

/** The first error of the current text (diagnostics are sorted by position), for the banner. */
export const selectFirstError = (s: AppState): Diagnostic | undefined => currentDiagnostics(s).find((d) => d.severity === 'error');

export const selectErrorCount = (s: AppState): number => currentDiagnostics(s).filter((d) => d.severity === 'error').length;
export const selectWarningCount = (s: AppState): number => currentDiagnostics(s).filter((d) => d.severity === 'warning').length;

/**
 * Charts are dimmed while they show an older text than the one with errors, and only once the
 * banner says so (calmErrors.ts): a word being typed does not fade them.
 */
export const selectDimmed = (s: AppState): boolean => s.shownError !== undefined && s.series.length > 0;

/**
 * Downloads give what the charts show: the current text's data, or, while the text has
 * errors, the last good run's (labelled as such, see selectDownloadsLastGood).
 */
export const selectCanDownload = (s: AppState): boolean =>
  s.lastRun !== undefined && ((s.runState === 'ready' && s.lastRun.text === s.text) || s.runState === 'error');

/** The downloads offer the last run without errors, not the text in the editor. */
export const selectDownloadsLastGood = (s: AppState): boolean => s.runState === 'error' && s.lastRun !== undefined;

/** The random seed the engine drew for the current text, when the text has no seed. */
export const selectDrawnSeed = (s: AppState): number | undefined =>
  s.lastRun !== undefined && s.lastRun.summary.seedSource === 'random' ? s.lastRun.summary.seed : undefined;

let seedRead: { readonly text: string; readonly seed: number | undefined } | undefined;

/**
 * The seed written in the current text (readSeed), or undefined. The seed field and the status
 * bar both ask on every keystroke, and re-render only when the answer changes; the text is
 * read once per text, not once per asker.
 */
export const selectSeedInText = (s: AppState): number | undefined => {
  // The last run of this very text knows already, without reading the text (a TOML parse of its
  // top): its seed came from the text, or was drawn because the text has none.
  if (s.lastRun?.text === s.text) return s.lastRun.summary.seedSource === 'config' ? s.lastRun.summary.seed : undefined;
  if (seedRead?.text !== s.text) seedRead = { text: s.text, seed: readSeed(s.text) };
  return seedRead.seed;
};
