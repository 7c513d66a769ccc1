// The draggable split between the editor and the charts: a window splitter in the WAI-ARIA sense
// (role separator with a value), so it works by pointer and by keyboard — arrows move it by
// STEP (Shift: BIG_STEP), Home and End to the limits. The position is the editor's share of the
// workspace width, remembered in localStorage (layoutPrefs.ts).
import { useRef, type KeyboardEvent, type PointerEvent, type ReactElement } from 'react';
import { clampSplit, SPLIT_MAX, SPLIT_MIN } from './layoutPrefs.ts';

const STEP = 2;
const BIG_STEP = 10;

export interface SplitterProps {
  /** The editor's share of the workspace, in percent. */
  readonly value: number;
  onChange(percent: number): void;
  /** The element whose width the percentage is of. */
  readonly container: () => HTMLElement | null;
}

export function Splitter({ value, onChange, container }: SplitterProps): ReactElement {
  const dragging = useRef(false);

  const fromPointer = (event: PointerEvent<HTMLDivElement>): void => {
    const box = container()?.getBoundingClientRect();
    if (box === undefined || box.width <= 0) return;
    onChange(clampSplit(((event.clientX - box.left) / box.width) * 100));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    let next: number | undefined;
    if (event.key === 'ArrowLeft' || event.key === 'ArrowDown') next = value - step;
    else if (event.key === 'ArrowRight' || event.key === 'ArrowUp') next = value + step;
    else if (event.key === 'Home') next = SPLIT_MIN;
    else if (event.key === 'End') next = SPLIT_MAX;
    if (next === undefined) return;
    event.preventDefault();
    onChange(clampSplit(next));
  };

  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize editor and preview"
      aria-controls="editor-pane"
      aria-valuenow={value}
      aria-valuemin={SPLIT_MIN}
      aria-valuemax={SPLIT_MAX}
      aria-valuetext={`Editor ${value}% of the width`}
      tabIndex={0}
      title="Drag, or use the arrow keys, to resize"
      onKeyDown={onKeyDown}
      onPointerDown={(event) => {
        dragging.current = true;
        event.currentTarget.setPointerCapture(event.pointerId);
        event.preventDefault();
      }}
      onPointerMove={(event) => {
        if (dragging.current) fromPointer(event);
      }}
      onPointerUp={(event) => {
        dragging.current = false;
        event.currentTarget.releasePointerCapture(event.pointerId);
      }}
      onPointerCancel={() => {
        dragging.current = false;
      }}
    />
  );
}
