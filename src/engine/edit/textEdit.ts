// A change to a text, in the shape CodeMirror's `changes` take: replace [from, to) by `insert`.

export interface TextEdit {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

/** Applies changes that are sorted by position and do not overlap (as setValues returns them). */
export function applyEdits(text: string, changes: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const c of changes) {
    out += text.slice(at, c.from) + c.insert;
    at = c.to;
  }
  return out + text.slice(at);
}
