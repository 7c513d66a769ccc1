// What the page does when the engine worker died, threw or went quiet (the client has already
// replaced it): say what happened and offer Retry, which runs the current text again or asks for
// the lost download again. Nothing stays "running" with nothing working.
import { WorkerCrashError, type TaskKind } from '../worker/client.ts';
import type { FileFormat } from '../worker/protocol.ts';
import type { AppData, Notice } from './appState.ts';
import type { DownloadEnv } from './downloadPlan.ts';

/** The state after a crash; a lost download reports itself (downloadActions), with its own Retry. */
export function afterCrash(s: AppData, message: string, lost: readonly TaskKind[]): Partial<AppData> {
  const runLost = lost.includes('run') || s.runState === 'running';
  const notice: Notice = {
    tone: 'error',
    message: `The generator stopped (${message}). It has been restarted${runLost ? '; Retry runs the config again' : ''}.`,
    ...(runLost ? { retry: { kind: 'run' } as const } : {}),
  };
  return { progress: undefined, download: { phase: 'idle' }, notice, ...(runLost ? { runState: 'error' as const } : {}) };
}

/** How a failed download's error reads after "could not be built: ". */
export function failureText(error: unknown): string {
  if (error instanceof WorkerCrashError) return `the generator stopped (${error.message}). It has been restarted`;
  return error instanceof Error ? error.message : String(error);
}

type Set = (partial: Partial<AppData>) => void;

export interface RetryDeps {
  /** Runs the text as an edit would (journalled first, so a crash during it is remembered). */
  run(text: string): void;
  requestDownload(format: FileFormat, env?: DownloadEnv): Promise<void>;
}

/** The notice's Retry button. `env` is the page's download environment, for a download retry. */
export function retry(set: Set, get: () => AppData, deps: RetryDeps, env?: DownloadEnv): void {
  const target = get().notice?.retry;
  if (target === undefined) return;
  set({ notice: undefined });
  switch (target.kind) {
    case 'run':
      set({ runState: 'running' });
      deps.run(get().text);
      return;
    case 'download':
      void deps.requestDownload(target.format, env);
      return;
  }
}
