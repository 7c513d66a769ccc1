import { autocompletion, closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { lintGutter, lintKeymap } from '@codemirror/lint';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { Prec, type Extension } from '@codemirror/state';
import {
  crosshairCursor, drawSelection, dropCursor, EditorView, highlightActiveLine, highlightActiveLineGutter,
  highlightSpecialChars, keymap, lineNumbers, rectangularSelection, ViewPlugin,
} from '@codemirror/view';
import { editorTheme, syntaxPalette } from './editorTheme.ts';
import { followColorScheme } from './followColorScheme.ts';
import { scrubNumbers } from './scrubNumbers.ts';
import { leaveEditor } from './leaveEditor.ts';
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
    scrubNumbers(),
    // autocompletion() installs its own keymap at the highest precedence
    keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...lintKeymap, indentWithTab]),
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({ 'aria-label': 'Config (TOML)' }),
    leaveEditor(),
    syntaxPalette,
    editorTheme,
    followColorScheme(),
    onChange === undefined ? [] : reportChanges(onChange),
  ];
}

/**
 * Reports every new text from a view plugin's update, which CodeMirror calls before it redraws
 * its own DOM and forces a layout to place the selection (update listeners run only after
 * that): the store posts the text to the engine worker at once, so the generation runs while
 * the editor redraws the keystroke rather than after it. The view is mid-update when
 * `onChange` runs, so it must not dispatch to the view synchronously; the store never does (it
 * records the text and posts it to the worker; React renders the change in a later microtask).
 */
function reportChanges(onChange: (text: string) => void): Extension {
  // Highest precedence: updated before the other plugins (highlighting, matches, gutters).
  return Prec.highest(ViewPlugin.define(() => ({
    update(u) {
      if (u.docChanged) onChange(u.state.doc.toString());
    },
  })));
}
