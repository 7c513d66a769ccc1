// Download CSV / Download JSON. The worker builds the file from the result the charts show
// (same text, same seed) with the engine's own writers, so the bytes equal the CLI's. Big
// downloads are estimated first and planned (downloadPlan.ts): built in memory, streamed to a
// file the user picks, or refused with the command line that makes them; large ones show their
// size for confirmation before anything is built.
import { CancelledError } from '../worker/client.ts';
import type { FileFormat, ResultRef } from '../worker/protocol.ts';
import type { AppDeps, Engine, FileSink } from './appDeps.ts';
import type { AppData } from './appState.ts';
import { failureText } from './crashRecovery.ts';
import { DOWNLOAD_LIMITS, ESTIMATE_FROM_VALUES, needsConfirmation, planDownload, type DownloadEnv } from './downloadPlan.ts';
import { downloadName, formatLabel } from './fileName.ts';

export interface DownloadActions {
  /** `env`: whether this browser can stream to disk, and the limits in force. */
  requestDownload(format: FileFormat, env?: DownloadEnv): Promise<void>;
  /** Builds the file the confirmation popover asked about; for a streamed plan, into `target`
   * (the save-file picker's answer, undefined when the user closed it). */
  confirmDownload(target?: Promise<FileSink | undefined>): Promise<void>;
  dismissDownload(): void;
}

/** Where nothing says otherwise: no streaming, default limits. */
const MEMORY_ONLY: DownloadEnv = { canStream: false, limits: DOWNLOAD_LIMITS };

type Set = (partial: Partial<AppData>) => void;
type Get = () => AppData;

/**
 * The result behind the charts: the current text's, or while the text has errors the last good
 * run's (the charts keep showing it; the buttons say so).
 */
export function currentRef(s: AppData): ResultRef | undefined {
  const run = s.lastRun;
  if (run === undefined) return undefined;
  if (!(s.runState === 'error' || (s.runState === 'ready' && run.text === s.text))) return undefined;
  return { text: run.text, seed: run.summary.seed, seedSource: run.summary.seedSource };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createDownloadActions(set: Set, get: Get, deps: AppDeps, engine: () => Engine | undefined): DownloadActions {
  let pendingRef: ResultRef | undefined;

  /** A failed file: the message, and Retry when the charts still show what it was built from. */
  function failed(format: FileFormat, error: unknown): void {
    set({ download: { phase: 'idle' } });
    if (error instanceof CancelledError) return;
    // A worker crash that also lost the run has already said so, with a Retry for the run.
    if (get().notice?.retry?.kind === 'run') return;
    const canRetry = currentRef(get()) !== undefined;
    set({ notice: { tone: 'error', message: `The ${formatLabel(format)} file could not be built: ${failureText(error)}.`, ...(canRetry ? { retry: { kind: 'download', format } as const } : {}) } });
  }

  async function build(format: FileFormat, ref: ResultRef): Promise<void> {
    const e = engine();
    if (e === undefined) return;
    set({ download: { phase: 'building', format } });
    try {
      const blob = await e.build(format, ref);
      deps.saveFile(blob, downloadName(get().exampleName, ref.seed, format));
      set({ download: { phase: 'idle' } });
    } catch (error) {
      failed(format, error);
    }
  }

  async function stream(format: FileFormat, ref: ResultRef, target: Promise<FileSink | undefined>): Promise<void> {
    const e = engine();
    if (e?.stream === undefined) return;
    set({ download: { phase: 'building', format } });
    let sink: FileSink | undefined;
    try {
      sink = await target;
    } catch (error) {
      set({ download: { phase: 'idle' }, notice: { tone: 'error', message: `The file to save into could not be opened: ${messageOf(error)}.` } });
      return;
    }
    if (sink === undefined) return set({ download: { phase: 'idle' } }); // the user closed the picker
    const into = sink;
    try {
      await e.stream(format, ref, (bytes) => into.write(bytes));
      await into.close();
      set({ download: { phase: 'idle' } });
    } catch (error) {
      // Discard the partial file: a cut-off CSV must not look like a finished one.
      await into.abort().catch(() => undefined);
      failed(format, error);
    }
  }

  return {
    async requestDownload(format, env = MEMORY_ONLY) {
      const s = get();
      const ref = currentRef(s);
      const e = engine();
      if (ref === undefined || e === undefined || s.download.phase !== 'idle') return;
      const samples = s.lastRun?.summary.numSamples ?? 0;
      const values = samples * (s.lastRun?.metricCount ?? 0);
      if (samples < env.limits.confirmSamples && values < ESTIMATE_FROM_VALUES) return build(format, ref);
      set({ download: { phase: 'estimating', format } });
      try {
        const bytes = await e.estimate(format, ref);
        const plan = planDownload(bytes, { ...env, canStream: env.canStream && e.stream !== undefined });
        if (!needsConfirmation(samples, plan, env.limits)) return await build(format, ref);
        pendingRef = ref;
        set({ download: { phase: 'confirm', format, bytes, plan } });
      } catch (error) {
        set({ download: { phase: 'idle' } });
        if (!(error instanceof CancelledError)) set({ notice: { tone: 'error', message: `The download size could not be estimated: ${messageOf(error)}.`, retry: { kind: 'download', format } } });
      }
    },
    async confirmDownload(target) {
      const d = get().download;
      const ref = pendingRef;
      pendingRef = undefined;
      if (d.phase !== 'confirm' || ref === undefined) return;
      switch (d.plan) {
        case 'memory':
          return build(d.format, ref);
        case 'stream':
          if (target === undefined) return set({ download: { phase: 'idle' } });
          return stream(d.format, ref, target);
        case 'refuse':
          return set({ download: { phase: 'idle' } });
      }
    },
    dismissDownload() {
      pendingRef = undefined;
      if (get().download.phase === 'confirm') set({ download: { phase: 'idle' } });
    },
  };
}
