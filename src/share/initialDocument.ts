// What the editor opens with. A share link in the fragment wins; the user's own draft is then
// kept in the draft history and offered back ("Restore my draft"). A link that cannot be read
// gets a message and leaves the saved draft in place. Without a link: the saved draft, else
// the default example.
import type { InitialDocument } from '../store/appStore.ts';
import type { DraftStore } from '../store/drafts.ts';
import type { DecodeResult } from './shareCodec.ts';

export const LINK_HISTORY_LABEL = 'Before opening a link';
export const LINK_OPENED = 'Opened a shared config. Your own draft is saved.';

export interface LinkDeps {
  decode(fragment: string): Promise<DecodeResult>;
  readonly drafts: DraftStore;
  readonly defaultText: string;
}

export async function initialDocument(hash: string, deps: LinkDeps): Promise<InitialDocument> {
  const saved = deps.drafts.loadCurrent();
  const fallback = saved ?? deps.defaultText;
  const fragment = hash.replace(/^#/, '');
  if (fragment === '') return { text: fallback };
  const link = await deps.decode(fragment);
  if (!link.ok) {
    const instead = saved !== undefined ? 'Your saved draft is shown instead.' : 'The example config is shown instead.';
    return { text: fallback, notice: { tone: 'error', message: `${link.message} ${instead}` } };
  }
  // The link's text becomes the current draft (a reload shows it again, since the fragment is
  // removed after reading); the user's own draft goes to the history first.
  deps.drafts.saveCurrent(link.text);
  if (saved === undefined || saved === link.text) return { text: link.text, fromLink: true, notice: { tone: 'info', message: 'Opened a shared config.' } };
  deps.drafts.pushHistory(saved, LINK_HISTORY_LABEL);
  return { text: link.text, fromLink: true, draftBeforeLink: saved, notice: { tone: 'info', message: LINK_OPENED, restoreDraft: true } };
}

/**
 * Removes the fragment from the address bar without a navigation or a hashchange event, so a
 * reload opens the (autosaved) draft instead of replaying the link over the user's edits.
 */
export function clearFragment(location: Location, history: History): void {
  if (location.hash === '') return;
  history.replaceState(history.state, '', location.pathname + location.search);
}
