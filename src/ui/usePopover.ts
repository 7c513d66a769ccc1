// Open/close state for a popover or menu anchored to a button: it closes on Escape (returning
// focus to the button) and on a pointer press outside the anchor element.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

export interface PopoverControl<A extends HTMLElement, B extends HTMLElement> {
  readonly open: boolean;
  readonly anchorRef: RefObject<A | null>;
  readonly buttonRef: RefObject<B | null>;
  setOpen(open: boolean): void;
}

export function usePopover<A extends HTMLElement = HTMLDivElement, B extends HTMLElement = HTMLButtonElement>(onClose?: () => void): PopoverControl<A, B> {
  const [open, setOpenState] = useState(false);
  const anchorRef = useRef<A>(null);
  const buttonRef = useRef<B>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  const setOpen = useCallback((next: boolean) => {
    setOpenState(next);
    if (!next) onCloseRef.current?.();
  }, []);

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent): void => {
      if (e.target instanceof Node && anchorRef.current?.contains(e.target)) return;
      setOpen(false);
    };
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open, setOpen]);

  return { open, anchorRef, buttonRef, setOpen };
}
