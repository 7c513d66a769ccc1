// Which texts were sent to the engine and never came back. A config that crashes the tab (too
// much memory) would otherwise crash it again on every reopen, since its text is the autosaved
// draft. So before every run the text's fingerprint is written to localStorage — synchronously,
// so it is on disk even if the renderer dies a moment later and no event ever fires — and it is
// removed when the run finishes, is cancelled, or is superseded by a newer run of this page. On
// start-up, a text still listed is shown without being run.
//
// A short list, not one entry, so one tab's finished run cannot clear another tab's crash.
import type { StorageLike } from './draftSlots.ts';

export interface RunJournal {
  /** Call before sending `text` to the engine; replaces this page's previous entry. */
  started(text: string): void;
  /** The run of `text` finished or was cancelled. */
  finished(text: string): void;
  /** A run of exactly this text started (in any tab, any earlier page) and never finished. */
  unfinished(text: string): boolean;
}

export const JOURNAL_KEY = 'chaosgen:unfinished-runs';
/** Enough for a few tabs; the oldest entries drop out first. */
export const MAX_JOURNAL = 8;

export function createRunJournal(storage: StorageLike | undefined): RunJournal {
  let mine: string | undefined;

  const read = (): string[] => {
    try {
      const data: unknown = JSON.parse(storage?.getItem(JOURNAL_KEY) ?? '[]');
      return Array.isArray(data) ? data.filter((x): x is string => typeof x === 'string') : [];
    } catch {
      return [];
    }
  };
  const write = (list: readonly string[]): void => {
    try {
      if (list.length === 0) storage?.removeItem(JOURNAL_KEY);
      else storage?.setItem(JOURNAL_KEY, JSON.stringify(list));
    } catch {
      // Storage refused: the guard is off for this page; the run itself must not suffer.
    }
  };

  return {
    started(text) {
      const print = fingerprint(text);
      const list = read().filter((p) => p !== mine && p !== print);
      mine = print;
      write([print, ...list].slice(0, MAX_JOURNAL));
    },
    finished(text) {
      const print = fingerprint(text);
      if (mine === print) mine = undefined;
      const list = read();
      if (list.includes(print)) write(list.filter((p) => p !== print));
    },
    unfinished: (text) => read().includes(fingerprint(text)),
  };
}

/**
 * The text's length and two 32-bit FNV-1a hashes (Fowler–Noll–Vo, the published offset basis
 * and prime; the second pass from a different basis) over its UTF-16 code units: cheap enough
 * for every keystroke, and a false match would only hold a run back for one click.
 */
export function fingerprint(text: string): string {
  // A page asks for the same text's print several times in a row (journal it, run it, finish
  // it), and hashing a long text in not-yet-optimised code takes milliseconds: the last is kept.
  if (text === last.text) return last.print;
  const print = hashed(text);
  last = { text, print };
  return print;
}

let last = { text: '', print: hashed('') };

function hashed(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return `${text.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}
