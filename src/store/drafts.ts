// The user's own text survives: an autosaved current draft, and a short history of texts that
// were about to be replaced (by a share link or an example), so "Restore my draft" is one click.
//
// Storage is best-effort. localStorage may be missing (private modes), may throw on every call
// (disabled by policy) or on writes (quota), and may hold anything (another version, a hand
// edit). So the store reads storage once, when created, keeps the truth in memory for the life
// of the page, and writes through; a failed write only costs persistence across reloads. With
// several tabs open, the last one to write wins.

/** The part of the Web Storage API the store uses; `window.localStorage` is one. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface DraftEntry {
  readonly text: string;
  /** milliseconds since the epoch, from the store's clock */
  readonly savedAt: number;
  /** what the text was replaced by, for the UI: e.g. "Before opening a shared link" */
  readonly label: string;
}

export interface DraftStore {
  /** The autosaved text, or undefined when nothing was saved (or storage could not be read). */
  loadCurrent(): string | undefined;
  /** Autosaves the editor text (the app debounces the calls); false when storage refused it. */
  saveCurrent(text: string): boolean;
  /**
   * Keeps `text` before the app replaces it. Blank texts and texts over MAX_ENTRY_CHARS are not
   * kept; an identical earlier entry moves to the top instead of appearing twice; at most
   * MAX_HISTORY entries are kept, the oldest dropped first. False when the entry was not kept,
   * or kept in memory only because storage refused it.
   */
  pushHistory(text: string, label: string): boolean;
  /** Newest first. */
  history(): readonly DraftEntry[];
}

export const DRAFT_KEY = 'chaosgen:draft';
export const HISTORY_KEY = 'chaosgen:history';
export const MAX_HISTORY = 10;
/** A history entry holds at most this many characters (256 KiB), so ten fit in a typical 5 MB quota. */
export const MAX_ENTRY_CHARS = 256 * 1024;

export function createDraftStore(storage: StorageLike | undefined, now: () => number = Date.now): DraftStore {
  let current = read(storage, DRAFT_KEY) ?? undefined;
  let entries = parseHistory(read(storage, HISTORY_KEY));

  return {
    loadCurrent: () => current,
    saveCurrent(text) {
      current = text;
      return write(storage, DRAFT_KEY, text);
    },
    pushHistory(text, label) {
      if (text.trim() === '' || text.length > MAX_ENTRY_CHARS) return false;
      const entry: DraftEntry = { text, savedAt: now(), label };
      entries = [entry, ...entries.filter((e) => e.text !== text)].slice(0, MAX_HISTORY);
      // On a full quota, persist as many of the newest entries as fit: the newest matters most.
      for (let keep = entries.length; keep > 0; keep--) {
        if (write(storage, HISTORY_KEY, JSON.stringify(entries.slice(0, keep)))) return true;
      }
      return false;
    },
    history: () => entries,
  };
}

function read(storage: StorageLike | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: StorageLike | undefined, key: string, value: string): boolean {
  if (storage === undefined) return false;
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Whatever is stored is unknown until checked: malformed JSON is no history, malformed entries are skipped. */
function parseHistory(raw: string | null): DraftEntry[] {
  if (raw === null) return [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const entries: DraftEntry[] = [];
  for (const item of data as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { text, savedAt, label } = item as Record<string, unknown>;
    if (typeof text !== 'string' || text.length > MAX_ENTRY_CHARS) continue;
    if (typeof savedAt !== 'number' || !Number.isFinite(savedAt) || typeof label !== 'string') continue;
    entries.push({ text, savedAt, label });
  }
  return entries.slice(0, MAX_HISTORY);
}
