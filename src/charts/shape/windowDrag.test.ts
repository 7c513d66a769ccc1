import { describe, expect, it } from 'vitest';
import { dragWindow, EDGE_PX, moved, partAt } from './windowDrag.ts';

describe('partAt', () => {
  it('grabs an edge near it and the body in between', () => {
    expect(partAt(100 + EDGE_PX - 1, 100, 200)).toBe('start');
    expect(partAt(150, 100, 200)).toBe('move');
    expect(partAt(200 - EDGE_PX + 1, 100, 200)).toBe('end');
  });

  it('moves a narrow window whole from inside it', () => {
    expect(partAt(105, 100, 110)).toBe('move');
    expect(partAt(99, 100, 110)).toBe('start');
    expect(partAt(111, 100, 110)).toBe('end');
  });
});

describe('dragWindow', () => {
  const w = { first: 35, last: 64 };

  it('moves the whole window by whole samples', () => {
    expect(dragWindow(w, 'move', 10.4, 150)).toEqual({ first: 45, last: 74 });
    expect(dragWindow(w, 'move', -5.6, 150)).toEqual({ first: 29, last: 58 });
  });

  it('stops a moved window at the ends of the series, keeping its length', () => {
    expect(dragWindow(w, 'move', -100, 150)).toEqual({ first: 0, last: 29 });
    expect(dragWindow(w, 'move', 500, 150)).toEqual({ first: 120, last: 149 });
  });

  it('moves one edge, never past the other: a window keeps at least one sample', () => {
    expect(dragWindow(w, 'start', -10, 150)).toEqual({ first: 25, last: 64 });
    expect(dragWindow(w, 'end', 20, 150)).toEqual({ first: 35, last: 84 });
    expect(dragWindow(w, 'start', 100, 150)).toEqual({ first: 64, last: 64 });
    expect(dragWindow(w, 'end', -100, 150)).toEqual({ first: 35, last: 35 });
    expect(dragWindow(w, 'end', 1000, 150)).toEqual({ first: 35, last: 149 });
  });

  it('ignores a delta that is not a number', () => {
    expect(dragWindow(w, 'move', Number.NaN, 150)).toEqual(w);
  });

  it('tells a drag that changed the window from one that did not', () => {
    expect(moved(w, dragWindow(w, 'move', 0.3, 150))).toBe(false);
    expect(moved(w, dragWindow(w, 'move', 1, 150))).toBe(true);
  });
});
