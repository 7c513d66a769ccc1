// The store reaches components through context (not a module singleton) so tests and the page
// each make their own; components read it through narrow selectors with useApp.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState, AppStore } from '../store/appStore.ts';

export const AppStoreContext = createContext<AppStore | null>(null);

/** The store itself, for what a component reads once rather than subscribes to. */
export function useAppStore(): AppStore {
  const store = useContext(AppStoreContext);
  if (store === null) throw new Error('useApp outside <AppStoreContext.Provider>');
  return store;
}

export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStore(), selector);
}

export function useActions(): AppState['actions'] {
  return useApp((s) => s.actions);
}
