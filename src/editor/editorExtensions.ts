import { autocompletion, closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import type { Extension } from '@codemirror/state';
import {
  crosshairCursor, drawSelection, dropCursor, EditorView, highlightActiveLine, highlightActiveLineGutter,
  highlightSpecialChars, keymap, lineNumbers, rectangularSelection,
} from '@codemirror/view';
import { editorTheme, syntaxPalette } from './editorTheme.ts';
import { followColorScheme } from './followColorScheme.ts';
import { tomlCompletion } from './tomlCompletion.ts';
import { tomlHover } from './tomlHover.ts';
import { tomlSupport } from './tomlLanguage.ts';

export interface EditorExtensionOptions {
  /** Called with the full text after every document change. */
  readonly onChange?: (text: string) => void;
}

/**
 * Everything the config editor is made of, except the document: TOML highlighting, the usual
 * editing aids, schema completion and hover, and the lint display fed by the engine's
 * diagnostics (see engineLint.ts). Usable on a bare EditorState in tests.
 */
export function editorExtensions(options: EditorExtensionOptions = {}): Extension[] {
  const { onChange } = options;
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    lintGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    dropCursor(),
    indentOnInput(),
    bracketMatching(),
    closeBrackets(),
    rectangularSelection(),
    crosshairCursor(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    search({ top: true }),
    tomlSupport(),
    autocompletion({ override: [tomlCompletion], icons: false }),
    tomlHover,
    // autocompletion() installs its own keymap at the highest precedence
    keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...lintKeymap, indentWithTab]),
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({ 'aria-label': 'Config (TOML)' }),
    syntaxPalette,
    editorTheme,
    followColorScheme(),
    onChange === undefined ? [] : EditorView.updateListener.of((u) => {
      if (u.docChanged) onChange(u.state.doc.toString());
    }),
  ];
}
