// Download CSV / Download JSON. The worker builds the file from the result the charts show
// (same text, same seed) with the engine's own writers, so the bytes equal the CLI's. From
// LARGE_DOWNLOAD_SAMPLES on, the expected size is shown for confirmation before building.
import { CancelledError } from '../worker/client.ts';
import type { FileFormat, ResultRef } from '../worker/protocol.ts';
import type { AppDeps, Engine } from './appDeps.ts';
import type { AppState } from './appStore.ts';
import { downloadName } from './fileName.ts';

export const LARGE_DOWNLOAD_SAMPLES = 1_000_000;

export interface DownloadActions {
  requestDownload(format: FileFormat): Promise<void>;
  /** Builds the file the confirmation popover asked about. */
  confirmDownload(): Promise<void>;
  dismissDownload(): void;
}

type Set = (partial: Partial<AppState>) => void;
type Get = () => AppState;

/** The result behind the charts, when they show the current text. */
export function currentRef(s: AppState): ResultRef | undefined {
  const run = s.lastRun;
  if (s.runState !== 'ready' || run === undefined || run.text !== s.text) return undefined;
  return { text: run.text, seed: run.summary.seed, seedSource: run.summary.seedSource };
}

export function createDownloadActions(set: Set, get: Get, deps: AppDeps, engine: () => Engine | undefined): DownloadActions {
  let pendingRef: ResultRef | undefined;

  async function build(format: FileFormat, ref: ResultRef): Promise<void> {
    const e = engine();
    if (e === undefined) return;
    set({ download: { phase: 'building', format } });
    try {
      const blob = await e.build(format, ref);
      deps.saveFile(blob, downloadName(get().exampleName, ref.seed, format));
      set({ download: { phase: 'idle' } });
    } catch (error) {
      set({ download: { phase: 'idle' } });
      if (!(error instanceof CancelledError)) {
        set({ notice: { tone: 'error', message: `The ${format.toUpperCase()} file could not be built: ${error instanceof Error ? error.message : String(error)}` } });
      }
    }
  }

  return {
    async requestDownload(format) {
      const s = get();
      const ref = currentRef(s);
      const e = engine();
      if (ref === undefined || e === undefined || s.download.phase === 'building' || s.download.phase === 'estimating') return;
      if ((s.lastRun?.summary.numSamples ?? 0) < LARGE_DOWNLOAD_SAMPLES) return build(format, ref);
      set({ download: { phase: 'estimating', format } });
      try {
        const bytes = await e.estimate(format, ref);
        pendingRef = ref;
        set({ download: { phase: 'confirm', format, bytes } });
      } catch (error) {
        set({ download: { phase: 'idle' } });
        if (!(error instanceof CancelledError)) set({ notice: { tone: 'error', message: `The download size could not be estimated: ${String(error)}` } });
      }
    },
    async confirmDownload() {
      const d = get().download;
      const ref = pendingRef;
      pendingRef = undefined;
      if (d.phase !== 'confirm' || ref === undefined) return;
      return build(d.format, ref);
    },
    dismissDownload() {
      pendingRef = undefined;
      if (get().download.phase === 'confirm') set({ download: { phase: 'idle' } });
    },
  };
}
