// The example configs offered in the Examples menu: every configs/*.toml, bundled at build time
// (see ui/bundledExamples.ts). A file's name without `.toml` is its name; its first comment line,
// if the file starts with comments, is its description.

export interface Example {
  readonly name: string;
  readonly description: string | undefined;
  readonly text: string;
}

/** The example the page opens with when there is no saved draft and no link. */
export const DEFAULT_EXAMPLE = 'config';

/** From `{ '<any path>/name.toml': text }`; the default example first, then by name. */
export function toExamples(files: Readonly<Record<string, string>>): Example[] {
  const examples = Object.entries(files).map(([path, text]) => ({
    name: (path.split('/').pop() ?? path).replace(/\.toml$/, ''),
    description: firstComment(text),
    text,
  }));
  const rank = (e: Example): number => (e.name === DEFAULT_EXAMPLE ? 0 : 1);
  // By code unit, not localeCompare: the names are lower-case file names, and the first
  // localeCompare of a page builds a collator (about 60 ms on the main thread at start-up).
  const byName = (a: Example, b: Example): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return examples.sort((a, b) => rank(a) - rank(b) || byName(a, b));
}

/**
 * The first comment line among the file's leading blank and comment lines. Line by line, with
 * no regular expression: this runs in the page's entry, before its first run is sent.
 */
function firstComment(text: string): string | undefined {
  let from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (from <= text.length) {
    const end = text.indexOf('\n', from);
    const to = end < 0 ? text.length : end;
    const t = text.slice(from, to).trim(); // trim() takes a \r too
    from = to + 1;
    if (t === '') continue;
    if (!t.startsWith('#')) return undefined;
    let k = 0;
    while (t[k] === '#') k++;
    const comment = t.slice(k).trim();
    if (comment !== '') return comment;
  }
  return undefined;
}

/** The example whose text this is, if any: downloads are named after it. */
export function exampleNamed(examples: readonly Example[], text: string): string | undefined {
  return examples.find((e) => e.text === text)?.name;
}
