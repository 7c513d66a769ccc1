import { HighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { toml } from '@codemirror/legacy-modes/mode/toml';
import type { Extension } from '@codemirror/state';
import { tags } from '@lezer/highlight';

// TOML through CodeMirror's legacy stream mode (there is no @codemirror/lang-toml). The mode
// emits few token kinds: table headers and booleans as `atom`, keys as `property`, strings,
// numbers, comments and array brackets.

export const tomlLanguage = StreamLanguage.define(toml);

/**
 * Colours are CSS variables set by editorTheme.ts for light and dark, so one highlight style
 * serves both schemes.
 */
export const tomlHighlightStyle = HighlightStyle.define([
  { tag: tags.atom, color: 'var(--cm-syntax-table)', fontWeight: '600' },
  { tag: tags.propertyName, color: 'var(--cm-syntax-key)' },
  { tag: tags.string, color: 'var(--cm-syntax-string)' },
  { tag: tags.number, color: 'var(--cm-syntax-number)' },
  { tag: tags.comment, color: 'var(--cm-syntax-comment)', fontStyle: 'italic' },
  { tag: tags.bracket, color: 'var(--muted)' },
]);

export function tomlSupport(): Extension {
  return [tomlLanguage, syntaxHighlighting(tomlHighlightStyle)];
}
