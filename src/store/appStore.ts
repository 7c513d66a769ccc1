// The playground's one store (after zustand's flux-inspired practice: one store, actions beside
// the state, components read narrow selectors). Data flows one way: the editor reports its
// text → the store asks the engine worker → the worker's outcome lands here → charts redraw.
// The store never edits the text itself: it asks the editor (replaceText / replaceRange), so
// every change the app makes is one undo step, and the editor's change event brings it back.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { seedEdit } from '../engine/index.ts';
import type { RunOutcome } from '../worker/client.ts';
import type { AppDeps, EditorPort, Engine } from './appDeps.ts';
import type { AppData, Notice } from './appState.ts';
import { afterCrash, retry } from './crashRecovery.ts';
import { createDownloadActions, type DownloadActions } from './downloadActions.ts';
import type { DownloadEnv } from './downloadPlan.ts';
import { createDraftActions, type DraftActions, type Replace } from './draftActions.ts';
import { exampleNamed } from './examples.ts';
import { createNameMemory } from './nameMemory.ts';
import { createShareActions, type ShareActions } from './shareActions.ts';
import { createWindowActions, type WindowActions } from './windowActions.ts';
import { createZoomActions, NO_ZOOM, type ZoomActions } from './zoomActions.ts';

export interface AppActions extends DownloadActions, ShareActions, DraftActions, ZoomActions, WindowActions {
  attachEditor(editor: EditorPort | null): void;
  /** The editor's text changed (typing, undo, or a replacement the store asked for). */
  textChanged(text: string): void;
  /** Stops a long generation or file build at once; the charts keep the last result. */
  cancel(): void;
  showNotice(notice: Notice | undefined): void;
  /** The notice's Retry after the generator failed: runs the text or the download again. */
  retry(env?: DownloadEnv): void;
  applySeed(seed: number): void;
  rerollSeed(): void;
}

export interface AppState extends AppData {
  readonly actions: AppActions;
}

export type AppStore = StoreApi<AppState>;

export interface InitialDocument {
  readonly text: string;
  readonly notice?: Notice;
  readonly draftBeforeLink?: string;
  readonly fromLink?: boolean;
  /** The user typed this text (false for a link's, an example's). */
  readonly own?: boolean;
  /** Show the text without running it: its last run never finished (runJournal.ts). */
  readonly held?: boolean;
}

export function createAppStore(deps: AppDeps, initial: InitialDocument): AppStore {
  let editor: EditorPort | null = null;
  let engine: Engine | undefined;

  // The replacement the store asked the editor for: when that text comes back through
  // textChanged, it is the app's doing (not the user's typing), and maybe not to be run.
  let expected: { readonly text: string; readonly own: boolean; readonly hold: boolean } | undefined;
  // Texts the app replaced, with their example names, so that undo brings the name back too.
  const names = createNameMemory();

  const store = createStore<AppState>()((set, get) => {
    const zoom = createZoomActions(set, get, () => engine);
    /** Replaces the whole text as one undoable change; without an editor (tests), directly. */
    const replaceText: Replace = (text, how) => {
      if (text === get().text) return;
      names.remember(text, get().exampleName); // the actions set the new name before replacing
      expected = { text, ...how };
      if (editor) editor.replaceText(text);
      else get().actions.textChanged(text);
    };

    const onOutcome = (outcome: RunOutcome): void => {
      deps.journal.finished(outcome.text);
      if (outcome.text !== get().text) return; // the store has moved on; a newer run is coming
      switch (outcome.kind) {
        case 'generated': {
          const hasError = outcome.diagnostics.some((d) => d.severity === 'error');
          const lastRun = { text: outcome.text, summary: outcome.summary, metricCount: outcome.series.length };
          set({ diagnostics: outcome.diagnostics, diagnosticsFor: outcome.text, series: outcome.series, lastRun, elapsedMs: outcome.summary.elapsedMs, runState: hasError ? 'error' : 'ready' });
          zoom.afterRun();
          return;
        }
        case 'invalid':
          set({ diagnostics: outcome.diagnostics, diagnosticsFor: outcome.text, elapsedMs: outcome.elapsedMs, runState: 'error' });
          return;
      }
    };

    const actions: AppActions = {
      attachEditor(e) {
        editor = e;
      },
      textChanged(text) {
        if (text === get().text) return;
        const byApp = expected?.text === text ? expected : undefined;
        expected = undefined;
        const ownText = byApp?.own ?? true;
        // An undo or redo across a replacement: the name goes with the text it belonged to.
        const recalled = byApp === undefined ? names.recall(text) : undefined;
        if (recalled !== undefined && recalled.name !== get().exampleName) set({ exampleName: recalled.name });
        if (byApp?.hold === true) {
          // Stop what runs now (superseded) and show that nothing was run for this text.
          if (get().runState === 'running') {
            engine?.cancel();
            deps.journal.finished(get().text);
          }
          set({ text, ownText, runState: 'held', series: [], lastRun: undefined, progress: undefined });
          return;
        }
        // Before the run, synchronously: if the tab dies during it, the next start knows.
        deps.journal.started(text);
        set({ text, ownText, runState: 'running' });
        engine?.run(text);
      },
      cancel() {
        engine?.cancel();
        const stillRunning = get().runState === 'running';
        if (stillRunning) deps.journal.finished(get().text);
        set({ progress: undefined, download: { phase: 'idle' }, ...(stillRunning ? { runState: 'ready' as const, notice: { tone: 'info' as const, message: 'Generation stopped. The charts show the last finished run; edit the config to generate again.' } } : {}) });
      },
      showNotice(notice) {
        set({ notice });
      },
      retry(env) {
        retry(set, get, { run: (text) => { deps.journal.started(text); engine?.run(text); }, requestDownload: (format, e) => actions.requestDownload(format, e) }, env);
      },
      applySeed(seed) {
        const edit = seedEdit(get().text, seed);
        if (edit.from === edit.to && edit.insert === '') {
          set({ notice: { tone: 'error', message: 'The seed cannot be written into this config: `general` or `seed` is not a plain table entry.' } });
          return;
        }
        if (editor) editor.replaceRange(edit.from, edit.to, edit.insert);
        else {
          const t = get().text;
          actions.textChanged(t.slice(0, edit.from) + edit.insert + t.slice(edit.to));
        }
      },
      rerollSeed() {
        actions.applySeed(deps.randomSeed());
      },
      ...createDownloadActions(set, get, deps, () => engine),
      ...createShareActions(set, get, deps),
      ...createDraftActions(set, get, deps, replaceText, () => engine),
      zoomTo: zoom.zoomTo,
      ...createWindowActions(set, get, replaceText),
    };

    engine = deps.startEngine({
      onOutcome,
      onProgress: (progress) => set({ progress }),
      // Only when the marks would otherwise be stale: the outcome brings the same list again.
      onChecked: (text, diagnostics) => {
        if (text === get().text && get().diagnosticsFor !== text) set({ diagnostics, diagnosticsFor: text });
      },
      onCrash: (message, lost) => set(afterCrash(get(), message, lost)),
    });
    return {
      text: initial.text,
      ownText: initial.own ?? false,
      draftSave: deps.drafts.status(),
      exampleName: initial.fromLink ? undefined : exampleNamed(deps.examples, initial.text),
      diagnostics: [],
      diagnosticsFor: '',
      shownError: undefined,
      series: [],
      lastRun: undefined,
      elapsedMs: undefined,
      runState: initial.held === true ? 'held' : 'running',
      progress: undefined,
      notice: initial.notice,
      draftBeforeLink: initial.draftBeforeLink,
      download: { phase: 'idle' },
      share: { phase: 'closed' },
      zoom: NO_ZOOM,
      actions,
    };
  });
  // The text and name an action is about to replace (the actions set the new name first).
  store.subscribe((s, prev) => {
    if (s.exampleName !== prev.exampleName && s.text === prev.text) names.remember(prev.text, prev.exampleName);
  });
  if (initial.held !== true) {
    deps.journal.started(initial.text);
    engine?.run(initial.text);
  }
  return store;
}
