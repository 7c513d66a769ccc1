// The example name follows the text through undo and redo. Choosing an example replaces the text
// as one undoable change; Ctrl-Z brings the old text back through the editor like any typing,
// and without this the header and the download names kept the example's name over a text that
// was no longer it. So every text the app put in or took out is remembered with the name it
// had then, and a text that comes back takes its name back.

/** How many texts are remembered: a handful of replacements back is as far as undo goes in practice. */
const KEEP = 32;

export interface NameMemory {
  remember(text: string, name: string | undefined): void;
  /** The name `text` had when the app last put it in or took it out, if it did. */
  recall(text: string): { readonly name: string | undefined } | undefined;
}

export function createNameMemory(): NameMemory {
  const names = new Map<string, string | undefined>();
  return {
    remember(text, name) {
      names.delete(text); // re-insert as the newest
      names.set(text, name);
      while (names.size > KEEP) {
        const oldest = names.keys().next();
        if (oldest.done === true) break;
        names.delete(oldest.value);
      }
    },
    recall(text) {
      return names.has(text) ? { name: names.get(text) } : undefined;
    },
  };
}
