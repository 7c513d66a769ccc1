// The Examples menu: every bundled config (name and first comment line), then the user's own
// draft (pinned: no number of links or examples pushes it out) and the other texts the app set
// aside when it replaced them, so nothing the user wrote is more than a click away. Keys follow
// the WAI-ARIA menu button (useMenuButton).
import { useState, type ReactElement } from 'react';
import type { DraftEntry } from '../store/drafts.ts';
import type { Example } from '../store/examples.ts';
import { useActions } from './appContext.ts';
import { ChevronIcon } from './icons.tsx';
import { useMenuButton } from './useMenuButton.ts';
import { usePopover } from './usePopover.ts';

// Made when the menu first lists a saved draft: creating it loads the locale's data (tens of
// milliseconds), which the page's start-up should not pay for a menu nobody has opened yet.
let timeFormat: Intl.DateTimeFormat | undefined;
const savedAt = (ms: number): string => (timeFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })).format(ms);

export function ExamplesMenu({ examples }: { examples: readonly Example[] }): ReactElement {
  const actions = useActions();
  const popover = usePopover();
  const [history, setHistory] = useState<readonly DraftEntry[]>([]);
  // The drafts are read when the menu opens, so it lists what is saved at that moment.
  const menu = useMenuButton(popover, () => {
    const mine = actions.myDraft();
    const rest = actions.draftHistory().filter((e) => e.text !== mine?.text);
    setHistory(mine === undefined ? rest : [mine, ...rest]);
  });
  const toggle = (): void => (popover.open ? popover.setOpen(false) : menu.openAt('first'));

  return (
    <div className="popover-anchor" ref={popover.anchorRef}>
      <button type="button" className="btn" ref={popover.buttonRef} {...menu.buttonProps} onClick={toggle}>
        Examples <ChevronIcon />
      </button>
      {popover.open && (
        <div className="popover menu" aria-label="Examples" {...menu.menuProps}>
          {examples.map((ex) => (
            <button key={ex.name} type="button" role="menuitem" tabIndex={-1} className="menu-item" onClick={() => menu.choose(() => actions.chooseExample(ex.name))}>
              <span className="menu-title">{ex.name}</span>
              {ex.description !== undefined && <span className="menu-desc">{ex.description}</span>}
            </button>
          ))}
          {history.length > 0 && (
            <>
              <div className="menu-heading" role="presentation">Earlier drafts</div>
              {history.map((entry) => (
                <button key={`${entry.savedAt}:${entry.label}`} type="button" role="menuitem" tabIndex={-1} className="menu-item" onClick={() => menu.choose(() => actions.restoreText(entry.text, entry.own))}>
                  <span className="menu-title">{entry.label}</span>
                  <span className="menu-desc">{savedAt(entry.savedAt)} · {draftHint(entry.text)}</span>
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
