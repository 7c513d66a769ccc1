// Reading what storage holds. Everything stored is unknown until checked: another version of
// the app, a hand edit or a damaged write may have left anything there. What cannot be read is
// no draft — never an exception, never a wrong text in the editor.

export interface SlotRecord {
  readonly savedAt: number;
  /** Parsed JSON (or a legacy raw string): unknown until the caller checks it. */
  readonly data: unknown;
}

export interface DraftEntry {
  readonly text: string;
  /** milliseconds since the epoch, from the store's clock */
  readonly savedAt: number;
  /** why it was set aside, for the UI: e.g. "Before opening a link" */
  readonly label: string;
  /** typed by the user (not a link's or an example's text, untouched) */
  readonly own: boolean;
}

export interface CurrentDraft {
  readonly text: string;
  readonly own: boolean;
}

/**
 * A stored value is unknown until checked. Our own values are `{"chaosgen":2, savedAt, data}`;
 * any other string is a value from before this format (a raw draft, a JSON history list),
 * passed on as the raw string with the oldest possible time, so any copy written since wins.
 */
export function parseRecord(raw: unknown): SlotRecord | undefined {
  if (typeof raw !== 'string') return undefined;
  if (raw.startsWith('{"chaosgen":2,')) {
    try {
      const { savedAt, data } = JSON.parse(raw) as Record<string, unknown>;
      if (typeof savedAt === 'number' && Number.isFinite(savedAt)) return { savedAt, data };
    } catch {
      // a damaged value of ours below
    }
    return undefined; // damaged: not to be mistaken for a draft's text
  }
  return { savedAt: 0, data: raw };
}

export function parseCurrent(data: unknown): CurrentDraft | undefined {
  // A raw string is a draft saved before drafts knew their origin: treat it as the user's own.
  if (typeof data === 'string') return { text: data, own: true };
  if (typeof data !== 'object' || data === null) return undefined;
  const { text, own } = data as Record<string, unknown>;
  return typeof text === 'string' ? { text, own: own !== false } : undefined;
}

export function parseEntry(item: unknown, fallbackLabel: string): DraftEntry | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const { text, savedAt, label, own } = item as Record<string, unknown>;
  if (typeof text !== 'string' || typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return undefined;
  if (label !== undefined && typeof label !== 'string') return undefined;
  return { text, savedAt, label: label ?? fallbackLabel, own: own === true };
}

/** Malformed JSON is no history; malformed entries are skipped. A raw string is the old format's JSON list. */
export function parseHistory(data: unknown, maxEntries: number): DraftEntry[] {
  let list = data;
  if (typeof data === 'string') {
    try {
      list = JSON.parse(data);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(list)) return [];
  const out: DraftEntry[] = [];
  for (const item of list as unknown[]) {
    const entry = parseEntry(item, '');
    if (entry !== undefined && entry.label !== '') out.push(entry);
  }
  return out.slice(0, maxEntries);
}
