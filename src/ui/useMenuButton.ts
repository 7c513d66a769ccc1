// The WAI-ARIA menu-button pattern over a usePopover: the button says it opens a menu and which
// one; Down/Enter/Space open it on the first item and Up on the last; in the menu Up/Down move
// (wrapping), Home/End jump, letters jump by type-ahead, Enter/Space choose; Escape and
// choosing close it with focus back on the button, and Tab closes it and moves on from the
// button. Items are <button role="menuitem" tabIndex={-1}>: the menu is one stop, not many.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { TYPEAHEAD_RESET_MS, typeaheadMatch } from './menuTypeahead.ts';
import type { PopoverControl } from './usePopover.ts';

type Start = 'first' | 'last';

function itemsOf(menu: HTMLElement | null): HTMLElement[] {
  return menu === null ? [] : [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
}

export interface MenuButton {
  readonly buttonProps: {
    readonly 'aria-haspopup': 'menu';
    readonly 'aria-expanded': boolean;
    readonly 'aria-controls': string | undefined;
    readonly onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
  };
  readonly menuProps: {
    readonly id: string;
    readonly role: 'menu';
    readonly ref: (el: HTMLElement | null) => void;
    readonly onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
  };
  /** Opens the menu with focus on its first item (a click on the button does this too). */
  openAt(start: Start): void;
  /** Closes the menu, puts focus back on the button, then runs the item's action. */
  choose(run: () => void): void;
}

export function useMenuButton(popover: PopoverControl<HTMLElement, HTMLElement>, onOpen?: () => void): MenuButton {
  const menuId = useId();
  const [menuEl, setMenuEl] = useState<HTMLElement | null>(null);
  const start = useRef<Start>('first');
  const typed = useRef({ text: '', at: 0 });

  // Focus moves into the menu once it is drawn.
  useEffect(() => {
    if (!popover.open || menuEl === null) return;
    const items = itemsOf(menuEl);
    (start.current === 'last' ? items[items.length - 1] : items[0])?.focus();
  }, [popover.open, menuEl]);

  const openAt = (where: Start): void => {
    start.current = where;
    if (!popover.open) onOpen?.();
    popover.setOpen(true);
  };
  const close = (): void => {
    popover.setOpen(false);
    popover.buttonRef.current?.focus();
  };

  const onButtonKey = (e: KeyboardEvent<HTMLElement>): void => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    openAt(e.key === 'ArrowUp' ? 'last' : 'first');
  };

  const onMenuKey = (e: KeyboardEvent<HTMLElement>): void => {
    const items = itemsOf(e.currentTarget);
    const at = items.findIndex((item) => item === document.activeElement);
    const focus = (k: number): void => items[((k % items.length) + items.length) % items.length]?.focus();
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        return focus(at + 1);
      case 'ArrowUp':
        e.preventDefault();
        return focus(at < 0 ? -1 : at - 1);
      case 'Home':
        e.preventDefault();
        return focus(0);
      case 'End':
        e.preventDefault();
        return focus(items.length - 1);
      case 'Tab':
        // Focus goes back to the button first, so the browser's Tab moves on from there.
        return close();
      default:
        break;
    }
    if (e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === ' ' && typed.current.text === '') return; // Space chooses, unless mid-word
    e.preventDefault();
    const now = Date.now();
    typed.current = { text: now - typed.current.at > TYPEAHEAD_RESET_MS ? e.key : typed.current.text + e.key, at: now };
    const labels = items.map((item) => item.querySelector('.menu-title')?.textContent ?? item.textContent ?? '');
    const match = typeaheadMatch(labels, at, typed.current.text);
    if (match >= 0) focus(match);
  };

  return {
    buttonProps: { 'aria-haspopup': 'menu', 'aria-expanded': popover.open, 'aria-controls': popover.open ? menuId : undefined, onKeyDown: onButtonKey },
    menuProps: { id: menuId, role: 'menu', ref: setMenuEl, onKeyDown: onMenuKey },
    openAt,
    choose(run) {
      close();
      run();
    },
  };
}
