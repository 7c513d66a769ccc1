import { useSyncExternalStore } from 'react';

/**
 * One value shared by every chart on the page, outside React's state: the keyboard cursor
 * (keyCursor.ts) and the hover cursor (frame/hoverCursor.ts). A chart part reading it re-renders
 * alone when it changes, not the chart around it. `same` decides when a set changes nothing.
 */
export interface SharedValue<T> {
  get(): T | undefined;
  set(next: T | undefined): void;
  subscribe(listener: () => void): () => void;
}

export function sharedValue<T>(same: (a: T | undefined, b: T | undefined) => boolean): SharedValue<T> {
  let current: T | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(next) {
      if (same(next, current)) return;
      current = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useSharedValue<T>(value: SharedValue<T>): T | undefined {
  return useSyncExternalStore(value.subscribe, value.get, value.get);
}
