// A link pasted into the address bar of an open playground only changes the fragment: no page
// load happens, so the page listens for it and opens the link like a fresh load would.
import type { DecodeResult } from '../share/shareCodec.ts';
import type { AppStore } from './appStore.ts';
import { clearFragment } from './initialDocument.ts';

export function watchLinks(store: AppStore, decode: (fragment: string) => Promise<DecodeResult>, win: Window = window): () => void {
  const onHashChange = (): void => {
    const fragment = win.location.hash.replace(/^#/, '');
    if (fragment === '') return;
    void decode(fragment).then((link) => {
      clearFragment(win.location, win.history);
      const { actions } = store.getState();
      if (link.ok) actions.linkOpened(link.text);
      else actions.showNotice({ tone: 'error', message: `${link.message} Your draft is unchanged.` });
    });
  };
  win.addEventListener('hashchange', onHashChange);
  return () => win.removeEventListener('hashchange', onHashChange);
}
