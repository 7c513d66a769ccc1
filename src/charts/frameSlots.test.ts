import { describe, expect, it } from 'vitest';
import { createSlotScheduler, type SlotEnvironment } from './frameSlots.ts';

/** A hand-driven event loop: tasks and animation frames run only when the test says so. */
function fakeLoop() {
  let frames = new Map<number, () => void>();
  let nextHandle = 1;
  const tasks: (() => void)[] = [];
  const env: SlotEnvironment = {
    requestFrame(callback) {
      frames.set(nextHandle, callback);
      return nextHandle++;
    },
    cancelFrame(handle) {
      frames.delete(handle);
    },
    postTask(callback) {
      let live = true;
      tasks.push(() => {
        if (live) callback();
      });
      return () => {
        live = false;
      };
    },
  };
  return {
    env,
    runTasks() {
      while (tasks.length > 0) tasks.shift()?.();
    },
    frame() {
      const due = frames;
      frames = new Map();
      for (const callback of due.values()) callback();
    },
  };
}

describe('createSlotScheduler', () => {
  it('runs the first request in a task of its own, without waiting for a frame', () => {
    const loop = fakeLoop();
    const slot = createSlotScheduler(loop.env);
    const ran: string[] = [];
    slot(() => ran.push('a'));
    expect(ran).toEqual([]); // not synchronously: in a new task
    loop.runTasks();
    expect(ran).toEqual(['a']);
  });

  it('lets at most one slot run per frame', () => {
    const loop = fakeLoop();
    const slot = createSlotScheduler(loop.env);
    const ran: string[] = [];
    slot(() => {
      ran.push('a');
      slot(() => {
        ran.push('b');
        slot(() => ran.push('c'));
      });
    });
    loop.runTasks();
    expect(ran).toEqual(['a']);
    loop.runTasks();
    expect(ran).toEqual(['a']);
    loop.frame();
    loop.runTasks();
    expect(ran).toEqual(['a', 'b']);
    loop.frame();
    loop.runTasks();
    expect(ran).toEqual(['a', 'b', 'c']);
  });

  it('never runs a withdrawn request, whether it waits for a task or for a frame', () => {
    const loop = fakeLoop();
    const slot = createSlotScheduler(loop.env);
    const ran: string[] = [];
    const cancelA = slot(() => ran.push('a'));
    cancelA();
    loop.runTasks();
    slot(() => ran.push('b'));
    loop.runTasks();
    const cancelC = slot(() => ran.push('c'));
    cancelC();
    loop.frame();
    loop.runTasks();
    loop.frame();
    loop.runTasks();
    expect(ran).toEqual(['b']);
  });
});
