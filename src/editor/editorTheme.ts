import { EditorView } from '@codemirror/view';

// The editor's look, in the app's CSS variables (--bg, --panel, --text, --accent, …) so it
// follows the page's light/dark scheme. Syntax colours are the editor's own variables, with a
// light and a dark set chosen by CodeMirror's dark-theme facet (see followColorScheme.ts).

const tint = (v: string, pct: number): string => `color-mix(in srgb, var(${v}) ${pct}%, transparent)`;

const lightSyntax = {
  '--cm-syntax-table': '#7c3aed',
  '--cm-syntax-key': '#0b5cad',
  '--cm-syntax-string': '#17803d',
  '--cm-syntax-number': '#b45309',
  '--cm-syntax-comment': '#5f6875', // 4.5:1 on the active line's tint too (#6b7280 was 4.4)
};
const darkSyntax = {
  '--cm-syntax-table': '#c4a7ff',
  '--cm-syntax-key': '#7cc4ff',
  '--cm-syntax-string': '#86e3a0',
  '--cm-syntax-number': '#ffb86b',
  '--cm-syntax-comment': '#8b949e',
};

/** Only a base theme may use `&light`/`&dark`; nothing else sets these variables. */
export const syntaxPalette = EditorView.baseTheme({ '&light': lightSyntax, '&dark': darkSyntax });

export const editorTheme = EditorView.theme({
  '&': { height: '100%', fontSize: '13.5px', color: 'var(--text)', backgroundColor: 'var(--panel)' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '1.65', overflow: 'auto' },
  '.cm-content': { padding: '10px 0', caretColor: 'var(--accent)' },
  '.cm-line': { padding: '0 16px 0 10px' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--accent)', borderLeftWidth: '2px' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection': {
    backgroundColor: tint('--accent', 24),
  },
  '.cm-activeLine': { backgroundColor: tint('--accent', 6) },
  '.cm-gutters': { backgroundColor: 'var(--panel)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
  '.cm-lineNumbers .cm-gutterElement': { minWidth: '4ch', padding: '0 8px 0 14px' },
  '.cm-activeLineGutter': { backgroundColor: tint('--accent', 6), color: 'var(--text)' },
  '.cm-matchingBracket, &.cm-focused .cm-matchingBracket': { backgroundColor: tint('--accent', 18), outline: `1px solid ${tint('--accent', 45)}` },
  '.cm-nonmatchingBracket, &.cm-focused .cm-nonmatchingBracket': { backgroundColor: tint('--danger', 22) },
  '.cm-searchMatch': { backgroundColor: tint('--warning', 28), outline: `1px solid ${tint('--warning', 60)}` },
  '.cm-searchMatch.cm-searchMatch-selected': { backgroundColor: tint('--accent', 35) },
  '.cm-selectionMatch': { backgroundColor: tint('--accent', 12) },

  // Lint: theme-coloured wavy underlines instead of the fixed-colour images of @codemirror/lint.
  '.cm-lintRange-error, .cm-lintRange-warning': { backgroundImage: 'none', textDecorationLine: 'underline', textDecorationStyle: 'wavy', textDecorationSkipInk: 'none', textUnderlineOffset: '3px' },
  '.cm-lintRange-error': { textDecorationColor: 'var(--danger)' },
  '.cm-lintRange-warning': { textDecorationColor: 'var(--warning)' },
  '.cm-diagnostic': { padding: '6px 10px', fontFamily: 'system-ui, sans-serif', fontSize: '13px' },
  '.cm-diagnostic-error': { borderLeft: '4px solid var(--danger)' },
  '.cm-diagnostic-warning': { borderLeft: '4px solid var(--warning)' },
  '.cm-gutter-lint': { width: '1.2em' },

  // Tooltips: completion list, its info panel, lint messages and key docs.
  '.cm-tooltip': {
    backgroundColor: 'var(--panel)', color: 'var(--text)', border: '1px solid var(--border)', borderRadius: '6px',
    boxShadow: '0 6px 24px rgb(0 0 0 / 0.18)',
  },
  '.cm-tooltip.cm-tooltip-autocomplete > ul': { fontFamily: 'var(--mono)', maxHeight: '16em', borderRadius: '6px' },
  '.cm-tooltip.cm-tooltip-autocomplete > ul > li': { padding: '2px 10px 2px 6px', lineHeight: '1.6' },
  '.cm-tooltip.cm-tooltip-autocomplete > ul > li[aria-selected]': { backgroundColor: 'var(--accent)', color: 'var(--accent-contrast)' },
  '.cm-completionMatchedText': { textDecoration: 'none', fontWeight: '700' },
  '.cm-completionDetail': { marginLeft: '1.2em', fontStyle: 'normal', fontSize: '0.9em', opacity: '0.75' },
  '.cm-tooltip.cm-completionInfo': { padding: '8px 10px', maxWidth: '22em', fontFamily: 'system-ui, sans-serif', fontSize: '13px', lineHeight: '1.45' },
  '.cm-keyDoc': { padding: '8px 12px', maxWidth: '26em', fontFamily: 'system-ui, sans-serif', fontSize: '13px', lineHeight: '1.45' },
  '.cm-keyDoc-title': { fontFamily: 'var(--mono)', fontWeight: '600', color: 'var(--cm-syntax-key)' },
  '.cm-keyDoc p': { margin: '4px 0 6px' },
  '.cm-keyDoc dl': { display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '2px 10px', margin: '0' },
  '.cm-keyDoc dt': { color: 'var(--muted)' },
  '.cm-keyDoc dd': { margin: '0' },

  // Search panel (Ctrl-F).
  '.cm-panels': { backgroundColor: 'var(--panel-2)', color: 'var(--text)' },
  '.cm-panels.cm-panels-top': { borderBottom: '1px solid var(--border)' },
  '.cm-panels.cm-panels-bottom': { borderTop: '1px solid var(--border)' },
  '.cm-textfield': { backgroundColor: 'var(--bg)', color: 'var(--text)', border: '1px solid var(--border)', borderRadius: '4px' },
  '.cm-button': { backgroundImage: 'none', backgroundColor: 'var(--panel)', color: 'var(--text)', border: '1px solid var(--border)', borderRadius: '4px' },
  '.cm-panel.cm-search': { padding: '6px 28px 6px 8px', fontSize: '13px' },
  '.cm-panel.cm-search input, .cm-panel.cm-search button': { fontSize: '12.5px', padding: '3px 8px', margin: '2px 4px 2px 0' },
  '.cm-panel.cm-search label': { color: 'var(--muted)', fontSize: '12.5px' },
  '.cm-panel.cm-search [name=close]': { color: 'var(--muted)', fontSize: '18px', padding: '0 6px' },
});
