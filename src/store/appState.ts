// The shape of the playground's one store (the actions live in appStore.ts). Everything the
// page shows is here or derived from here by a selector (selectors.ts).
import type { DisplaySeries } from '../worker/display/displaySeries.ts';
import type { Diagnostic } from '../engine/index.ts';
import type { Progress, ViewResult } from '../worker/client.ts';
import type { SampleRange } from '../charts/zoom/viewRange.ts';
import type { FileFormat, RunSummary } from '../worker/protocol.ts';
import type { DownloadPlan } from './downloadPlan.ts';
import type { SaveStatus } from './drafts.ts';

/**
 * `data-run-state` on <main>: running while the current text is being generated, error when it
 * has errors, held when the text was deliberately not run (its last run never finished).
 */
export type RunState = 'running' | 'ready' | 'error' | 'held';

/** The last run that produced data, and the text it was made from. */
export interface LastRun {
  readonly text: string;
  readonly summary: RunSummary;
  readonly metricCount: number;
}

/** What a notice's "Retry" does: run the current text again, or ask for the download again. */
export type RetryTarget = { readonly kind: 'run' } | { readonly kind: 'download'; readonly format: FileFormat };

/** A message across the top of the page. `restoreDraft` offers the "Restore my draft" button. */
export interface Notice {
  readonly tone: 'info' | 'error';
  readonly message: string;
  readonly restoreDraft?: boolean;
  readonly retry?: RetryTarget;
}

/** The error the banner names, and how many the text has (see calmErrors.ts). */
export interface ShownError {
  readonly first: Diagnostic;
  readonly count: number;
}

export type DownloadState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'estimating'; readonly format: FileFormat }
  | { readonly phase: 'confirm'; readonly format: FileFormat; readonly bytes: number; readonly plan: DownloadPlan }
  | { readonly phase: 'building'; readonly format: FileFormat };

export type ShareState =
  | { readonly phase: 'closed' }
  | { readonly phase: 'encoding' }
  | { readonly phase: 'open'; readonly url: string; readonly copied: boolean }
  | { readonly phase: 'failed'; readonly message: string };

/** The charts' zoom (zoomActions.ts): the range on screen and the samples the worker made for it. */
export interface ZoomState {
  /** Undefined: the whole series. */
  readonly range: SampleRange | undefined;
  /** The newest re-reduced samples, and the run's `series` they were made from. */
  readonly view: (ViewResult & { readonly of: readonly DisplaySeries[] }) | undefined;
}

export interface AppData {
  /** The editor's text, as of its last change. */
  readonly text: string;
  /** Whether the user typed it (else it is a link's or an example's text, untouched). */
  readonly ownText: boolean;
  /** Whether the drafts are safely in storage (autosave.ts keeps this in step). */
  readonly draftSave: SaveStatus;
  /** Names downloads; see fileName.ts for when it is set and cleared. */
  readonly exampleName: string | undefined;
  /** The engine's latest diagnostics and the exact text they describe (the editor drops stale ones). */
  readonly diagnostics: readonly Diagnostic[];
  readonly diagnosticsFor: string;
  /** The banner's error: set only once the text has stayed wrong for a moment (calmErrors.ts). */
  readonly shownError: ShownError | undefined;
  /** Charts of the last text that had no errors: they stay (dimmed) while the text has errors. */
  readonly series: readonly DisplaySeries[];
  readonly lastRun: LastRun | undefined;
  /** Worker time of the latest run, valid or not. */
  readonly elapsedMs: number | undefined;
  readonly runState: RunState;
  readonly progress: Progress | undefined;
  readonly notice: Notice | undefined;
  /** The user's draft from before a share link replaced it: "Restore my draft" brings it back. */
  readonly draftBeforeLink: string | undefined;
  readonly download: DownloadState;
  readonly share: ShareState;
  readonly zoom: ZoomState;
}
