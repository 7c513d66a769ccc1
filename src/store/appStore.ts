// The playground's one store (after zustand's flux-inspired practice: one store, actions beside
// the state, components read narrow selectors). Data flows one way: the editor reports its
// text → the store asks the engine worker → the worker's outcome lands here → charts redraw.
// The store never edits the text itself: it asks the editor (replaceText / replaceRange), so
// every change the app makes is one undo step, and the editor's change event brings it back.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { seedEdit } from '../engine/editSeed.ts';
import type { RunOutcome } from '../worker/client.ts';
import type { AppDeps, EditorPort, Engine } from './appDeps.ts';
import type { AppData, Notice } from './appState.ts';
import { afterCrash, retry } from './crashRecovery.ts';
import { createDownloadActions, type DownloadActions } from './downloadActions.ts';
import type { DownloadEnv } from './downloadPlan.ts';
import { exampleNamed } from './examples.ts';
import { createShareActions, type ShareActions } from './shareActions.ts';
import { LINK_HISTORY_LABEL, LINK_OPENED } from '../share/initialDocument.ts';
import type { DraftEntry } from './drafts.ts';

export interface AppActions extends DownloadActions, ShareActions {
  attachEditor(editor: EditorPort | null): void;
  /** The editor's text changed (typing, undo, or a replacement the store asked for). */
  textChanged(text: string): void;
  /** Stops a long generation or file build at once; the charts keep the last result. */
  cancel(): void;
  chooseExample(name: string): void;
  /** Puts back a text from the draft history, keeping the current one there. */
  restoreText(text: string): void;
  /** "Restore my draft" after a share link replaced it. */
  restoreDraft(): void;
  /** A share link was opened while the page was open (the hash changed). */
  linkOpened(text: string): void;
  showNotice(notice: Notice | undefined): void;
  /** The notice's Retry after the generator failed: runs the text or the download again. */
  retry(env?: DownloadEnv): void;
  /** Earlier texts the app replaced, newest first (for the Examples menu). */
  draftHistory(): readonly DraftEntry[];
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
}

export function createAppStore(deps: AppDeps, initial: InitialDocument): AppStore {
  let editor: EditorPort | null = null;
  let engine: Engine | undefined;

  const store = createStore<AppState>()((set, get) => {
    /** Replaces the whole text as one undoable change; without an editor (tests), directly. */
    const replaceText = (text: string): void => {
      if (editor) editor.replaceText(text);
      else get().actions.textChanged(text);
    };
    const keep = (label: string): void => void deps.drafts.pushHistory(get().text, label);

    const onOutcome = (outcome: RunOutcome): void => {
      if (outcome.text !== get().text) return; // the store has moved on; a newer run is coming
      switch (outcome.kind) {
        case 'generated': {
          const hasError = outcome.diagnostics.some((d) => d.severity === 'error');
          const lastRun = { text: outcome.text, summary: outcome.summary, metricCount: outcome.series.length };
          set({ diagnostics: outcome.diagnostics, diagnosticsFor: outcome.text, series: outcome.series, lastRun, elapsedMs: outcome.summary.elapsedMs, runState: hasError ? 'error' : 'ready' });
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
        set({ text, runState: 'running' });
        engine?.run(text);
      },
      cancel() {
        engine?.cancel();
        const stillRunning = get().runState === 'running';
        set({ progress: undefined, download: { phase: 'idle' }, ...(stillRunning ? { runState: 'ready' as const, notice: { tone: 'info' as const, message: 'Generation stopped. The charts show the last finished run; edit the config to generate again.' } } : {}) });
      },
      chooseExample(name) {
        const example = deps.examples.find((e) => e.name === name);
        if (example === undefined) return;
        if (example.text !== get().text) keep(`Before opening the example “${name}”`);
        set({ exampleName: name, notice: undefined, draftBeforeLink: undefined });
        replaceText(example.text);
      },
      restoreText(text) {
        keep('Before restoring an earlier draft');
        set({ exampleName: exampleNamed(deps.examples, text) });
        replaceText(text);
      },
      restoreDraft() {
        const draft = get().draftBeforeLink;
        if (draft === undefined) return;
        keep('Before restoring my draft');
        set({ draftBeforeLink: undefined, notice: undefined, exampleName: exampleNamed(deps.examples, draft) });
        replaceText(draft);
      },
      linkOpened(text) {
        const before = get().text;
        if (text === before) return;
        keep(LINK_HISTORY_LABEL);
        set({ draftBeforeLink: before, exampleName: undefined, notice: { tone: 'info', message: LINK_OPENED, restoreDraft: true } });
        replaceText(text);
      },
      showNotice(notice) {
        set({ notice });
      },
      retry(env) {
        retry(set, get, { engine: () => engine, requestDownload: (format, e) => actions.requestDownload(format, e) }, env);
      },
      draftHistory: () => deps.drafts.history(),
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
    };

    engine = deps.startEngine({
      onOutcome,
      onProgress: (progress) => set({ progress }),
      onCrash: (message, lost) => set(afterCrash(get(), message, lost)),
    });
    return {
      text: initial.text,
      exampleName: initial.fromLink ? undefined : exampleNamed(deps.examples, initial.text),
      diagnostics: [],
      diagnosticsFor: '',
      series: [],
      lastRun: undefined,
      elapsedMs: undefined,
      runState: 'running',
      progress: undefined,
      notice: initial.notice,
      draftBeforeLink: initial.draftBeforeLink,
      download: { phase: 'idle' },
      share: { phase: 'closed' },
      actions,
    };
  });
  engine?.run(initial.text);
  return store;
}
