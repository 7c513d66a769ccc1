// The actions that replace the whole text — an example, a share link, an earlier draft — and
// the held run. Before any of them the current text is set aside in the draft store (and pinned
// when the user typed it), so nothing the user wrote is more than a click away. A text whose
// last run never finished (runJournal.ts) is put in the editor but not run.
import { exampleNamed } from './examples.ts';
import type { AppDeps, Engine } from './appDeps.ts';
import type { AppData } from './appState.ts';
import type { DraftEntry } from './drafts.ts';
import { LINK_HISTORY_LABEL, linkNotice } from './draftNotices.ts';

export interface DraftActions {
  chooseExample(name: string): void;
  /** Puts back a text from the draft history, keeping the current one there. */
  restoreText(text: string, own?: boolean): void;
  /** "Restore my draft" after a share link replaced it. */
  restoreDraft(): void;
  /** A share link was opened while the page was open (the hash changed). */
  linkOpened(text: string): void;
  /** "Run it": runs a text that was held back because its last run never finished. */
  runHeld(): void;
  /** Earlier texts the app replaced, newest first (for the Examples menu). */
  draftHistory(): readonly DraftEntry[];
  /** The user's own draft from before the last replacement, pinned. */
  myDraft(): DraftEntry | undefined;
}

type Set = (partial: Partial<AppData>) => void;
type Get = () => AppData;

/** Asks the editor to show `text` as one undoable change; `own` says whether the user wrote it, `hold` not to run it. */
export type Replace = (text: string, how: { readonly own: boolean; readonly hold: boolean }) => void;

export function createDraftActions(set: Set, get: Get, deps: AppDeps, replace: Replace, engine: () => Engine | undefined): DraftActions {
  const setAside = (label: string): void => {
    const s = get();
    deps.drafts.setAside(s.text, s.ownText, label);
  };
  /** Replaces the text, holding it back when its last run never finished. */
  const show = (text: string, own: boolean): void => replace(text, { own, hold: deps.journal.unfinished(text) });

  return {
    chooseExample(name) {
      const example = deps.examples.find((e) => e.name === name);
      if (example === undefined) return;
      if (example.text !== get().text) setAside(`Before opening the example “${name}”`);
      set({ exampleName: name, notice: undefined, draftBeforeLink: undefined });
      show(example.text, false);
    },
    restoreText(text, own = true) {
      if (text === get().text) return;
      setAside('Before restoring an earlier draft');
      set({ exampleName: exampleNamed(deps.examples, text) });
      show(text, own);
    },
    restoreDraft() {
      const draft = get().draftBeforeLink;
      if (draft === undefined) return;
      setAside('Before restoring my draft');
      set({ draftBeforeLink: undefined, notice: undefined, exampleName: exampleNamed(deps.examples, draft) });
      show(draft, true);
    },
    linkOpened(text) {
      if (text === get().text) return;
      setAside(LINK_HISTORY_LABEL);
      const mine = deps.drafts.mine()?.text;
      const restore = mine !== undefined && mine !== text ? mine : undefined;
      // The notice claims the draft is saved only once the draft store says so.
      const notice = linkNotice(restore === undefined ? undefined : deps.drafts.status().kind === 'failed' ? deps.drafts.status() : { kind: 'saving' });
      set({ draftBeforeLink: restore, exampleName: undefined, notice });
      show(text, false);
      if (restore !== undefined) {
        void deps.drafts.flush().then((status) => {
          if (get().notice === notice) set({ notice: linkNotice(status) });
        });
      }
    },
    runHeld() {
      const s = get();
      if (s.runState !== 'held') return;
      deps.journal.started(s.text);
      set({ runState: 'running' });
      engine()?.run(s.text);
    },
    draftHistory: () => deps.drafts.history(),
    myDraft: () => deps.drafts.mine(),
  };
}
