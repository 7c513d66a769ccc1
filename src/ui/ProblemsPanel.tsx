// Every diagnostic of the config at once, under the editor: errors and warnings with their line
// and column, in text order. Activating one (click, or Enter/Space on the focused row) selects its
// range in the editor and moves the focus there. It shows the engine's latest diagnostics, the
// same ones the editor underlines, so it changes with the lint and never blinks empty while a
// result is on its way.
import { useId, useState, type ReactElement } from 'react';
import type { Diagnostic } from '../engine/index.ts';
import { useApp } from './appContext.ts';
import { MessageText } from './MessageText.tsx';

/** Rows drawn at most: a pasted file can have thousands of unknown keys, and nobody reads past these. */
const MAX_ROWS = 200;
const SYNTAX = 'TOML syntax error: ';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function ProblemsPanel({ onJump }: { readonly onJump: (d: Diagnostic) => void }): ReactElement {
  const diagnostics = useApp((s) => s.diagnostics);
  const [open, setOpen] = useState(true);
  const listId = useId();
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const syntax = diagnostics.some((d) => d.message.startsWith(SYNTAX));
  return (
    <section className="problems" aria-label="Problems">
      <button type="button" className="problems-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
        <span className="problems-caret" aria-hidden="true">{open ? '▾' : '▸'}</span>
        <span className="problems-title">Problems</span>
        <span className={errors > 0 ? 'problems-count has-errors' : 'problems-count'} data-testid="problems-errors">{plural(errors, 'error')}</span>
        <span className={warnings > 0 ? 'problems-count has-warnings' : 'problems-count'} data-testid="problems-warnings">{plural(warnings, 'warning')}</span>
      </button>
      {open && (
        <div id={listId} className="problems-body">
          {diagnostics.length === 0 ? (
            <p className="problems-none">No problems.</p>
          ) : (
            <ul className="problems-list">
              {diagnostics.slice(0, MAX_ROWS).map((d, i) => (
                <li key={`${d.from}:${d.to}:${i}`}>
                  <button type="button" className={`problem problem-${d.severity}`} onClick={() => onJump(d)}>
                    <span className="problem-where">Line {d.line}:{d.column}</span>
                    <span className="problem-severity">{d.severity === 'error' ? 'Error' : 'Warning'}</span>
                    <span className="problem-message">
                      <MessageText text={d.message.startsWith(SYNTAX) ? d.message.slice(SYNTAX.length) : d.message} />
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {diagnostics.length > MAX_ROWS && <p className="problems-note">…and {diagnostics.length - MAX_ROWS} more; fix these first.</p>}
          {syntax && <p className="problems-note">A syntax error stops the other checks: once it is fixed, the rest of the config is checked.</p>}
        </div>
      )}
    </section>
  );
}
