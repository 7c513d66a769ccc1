// The Examples menu: every bundled config (name and first comment line), then the user's own
// draft (pinned: no number of links or examples pushes it out) and the other texts the app set
// aside when it replaced them, so nothing the user wrote is more than a click away.
import { useState, type KeyboardEvent, type ReactElement } from 'react';
import type { DraftEntry } from '../store/drafts.ts';
import type { Example } from '../store/examples.ts';
import { useActions } from './appContext.ts';
import { ChevronIcon } from './icons.tsx';
import { usePopover } from './usePopover.ts';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function ExamplesMenu({ examples }: { examples: readonly Example[] }): ReactElement {
  const actions = useActions();
  const menu = usePopover();
  const [history, setHistory] = useState<readonly DraftEntry[]>([]);

  const toggle = (): void => {
    if (!menu.open) {
      const mine = actions.myDraft();
      const rest = actions.draftHistory().filter((e) => e.text !== mine?.text);
      setHistory(mine === undefined ? rest : [mine, ...rest]);
    }
    menu.setOpen(!menu.open);
  };
  const choose = (run: () => void): void => {
    menu.setOpen(false);
    run();
  };
  // Arrow keys move between items, as in a native menu.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const items = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length];
    next?.focus();
  };

  return (
    <div className="popover-anchor" ref={menu.anchorRef}>
      <button type="button" className="btn" ref={menu.buttonRef} aria-haspopup="menu" aria-expanded={menu.open} onClick={toggle}>
        Examples <ChevronIcon />
      </button>
      {menu.open && (
        <div className="popover menu" role="menu" aria-label="Examples" onKeyDown={onKeyDown}>
          {examples.map((ex, i) => (
            <button key={ex.name} type="button" role="menuitem" className="menu-item" autoFocus={i === 0} onClick={() => choose(() => actions.chooseExample(ex.name))}>
              <span className="menu-title">{ex.name}</span>
              {ex.description !== undefined && <span className="menu-desc">{ex.description}</span>}
            </button>
          ))}
          {history.length > 0 && (
            <>
              <div className="menu-heading" role="presentation">Earlier drafts</div>
              {history.map((entry) => (
                <button key={`${entry.savedAt}:${entry.label}`} type="button" role="menuitem" className="menu-item" onClick={() => choose(() => actions.restoreText(entry.text, entry.own))}>
                  <span className="menu-title">{entry.label}</span>
                  <span className="menu-desc">{timeFormat.format(entry.savedAt)} · {draftHint(entry.text)}</span>
                </button>
              ))}
            </>
          )}
        </div>
      )}
    </div>
  );
}

/** A hint of what the draft holds: its metric names, else its first meaningful line. */
function draftHint(text: string): string {
  const metrics = [...text.matchAll(/^[ \t]*\[metrics\.([^\]]+)\]/gm)].map((m) => (m[1] ?? '').trim());
  const line = metrics.length > 0 ? metrics.join(', ') : (text.split('\n').map((l) => l.trim()).find((l) => l !== '' && !l.startsWith('#')) ?? '');
  return line.length > 56 ? `${line.slice(0, 55)}…` : line;
}
