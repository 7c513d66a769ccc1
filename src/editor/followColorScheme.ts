import { Compartment, type Extension } from '@codemirror/state';
import { EditorView, ViewPlugin } from '@codemirror/view';

// CodeMirror picks its light or dark defaults (and our syntax palette) from the darkTheme facet,
// which is static. The page follows the system scheme, so the editor does too, live: a media
// query listener reconfigures the facet when the user switches.

const scheme = new Compartment();

function darkQuery(): MediaQueryList | undefined {
  return typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
}

export function followColorScheme(): Extension {
  return [
    scheme.of(EditorView.darkTheme.of(darkQuery()?.matches ?? false)),
    ViewPlugin.define((view) => {
      const query = darkQuery();
      if (query === undefined) return {};
      const onChange = (): void => view.dispatch({ effects: scheme.reconfigure(EditorView.darkTheme.of(query.matches)) });
      query.addEventListener('change', onChange);
      return { destroy: () => query.removeEventListener('change', onChange) };
    }),
  ];
}
