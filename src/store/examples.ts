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
  return examples.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'en'));
}

/** The first comment line among the file's leading blank and comment lines. */
function firstComment(text: string): string | undefined {
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const t = line.trim();
    if (t === '') continue;
    if (!t.startsWith('#')) return undefined;
    const comment = t.replace(/^#+\s*/, '').trim();
    if (comment !== '') return comment;
  }
  return undefined;
}

/** The example whose text this is, if any: downloads are named after it. */
export function exampleNamed(examples: readonly Example[], text: string): string | undefined {
  return examples.find((e) => e.text === text)?.name;
}
