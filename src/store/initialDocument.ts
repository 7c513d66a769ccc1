// What the editor opens with. A share link in the fragment wins; the user's own draft is then
// set aside (pinned, and in the history) and offered back ("Restore my draft") — and the page
// says it is saved only once storage has confirmed it. A link that cannot be read gets a
// message and leaves the saved draft in place. Without a link: the saved draft, else the
// default example. Whatever opens, a text whose last run never finished is shown, not run.
// A link's text is known as soon as the link is decoded, before the drafts have been read (the
// drafts may wait on IndexedDB): `known` hears of it then, so the page can start generating it.
import type { DecodeResult } from '../share/shareCodec.ts';
import type { InitialDocument } from './appStore.ts';
import { LINK_HISTORY_LABEL, linkNotice } from './draftNotices.ts';
import type { DraftStore } from './drafts.ts';
import type { RunJournal } from './runJournal.ts';

export interface LinkDeps {
  decode(fragment: string): Promise<DecodeResult>;
  /** The draft store, or its loading. */
  readonly drafts: DraftStore | Promise<DraftStore>;
  readonly journal: Pick<RunJournal, 'unfinished'>;
  readonly defaultText: string;
  /** Told the text that will open, and whether it is held, as soon as that is certain. */
  readonly known?: (text: string, held: boolean) => void;
}

export async function initialDocument(hash: string, deps: LinkDeps): Promise<InitialDocument> {
  // Asked once per text: `known` may journal the text's run, after which it would read as unfinished.
  let told: { readonly text: string; readonly held: boolean } | undefined;
  const tell = (text: string): boolean => {
    if (told?.text === text) return told.held;
    const held = deps.journal.unfinished(text);
    if (told === undefined) deps.known?.(text, held);
    told = { text, held };
    return held;
  };
  const opening = (doc: InitialDocument): InitialDocument => (tell(doc.text) ? { ...doc, held: true } : doc);
  const fragment = hash.replace(/^#/, '');
  const link = fragment === '' ? undefined : await deps.decode(fragment);
  if (link?.ok === true) tell(link.text);
  const drafts = await deps.drafts;
  const saved = drafts.current();
  const fallback = saved ?? { text: deps.defaultText, own: false };
  if (link === undefined) return opening({ text: fallback.text, own: fallback.own });
  if (!link.ok) {
    const instead = saved !== undefined ? 'Your saved draft is shown instead.' : 'The example config is shown instead.';
    return opening({ text: fallback.text, own: fallback.own, notice: { tone: 'error', message: `${link.message} ${instead}` } });
  }
  // The link's text becomes the current draft (a reload shows it again, since the fragment is
  // removed after reading); the text it replaces is set aside first — pinned if the user wrote it.
  if (saved !== undefined && saved.text !== link.text) drafts.setAside(saved.text, saved.own, LINK_HISTORY_LABEL);
  drafts.saveCurrent(link.text, false);
  const mine = drafts.mine();
  if (mine === undefined || mine.text === link.text) return opening({ text: link.text, own: false, fromLink: true, notice: linkNotice(undefined) });
  const status = await drafts.flush();
  return opening({ text: link.text, own: false, fromLink: true, draftBeforeLink: mine.text, notice: linkNotice(status) });
}

/**
 * Removes the fragment from the address bar without a navigation or a hashchange event, so a
 * reload opens the (autosaved) draft instead of replaying the link over the user's edits.
 */
export function clearFragment(location: Location, history: History): void {
  if (location.hash === '') return;
  history.replaceState(history.state, '', location.pathname + location.search);
}
