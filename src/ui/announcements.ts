// What the page says out loud, through its one live region (LiveAnnouncer): each change of the
// store that a sighted user would notice on screen becomes a sentence, said once. Pure, so the
// rules are tested without a page.
import type { Diagnostic } from '../engine/index.ts';
import type { AppState } from '../store/appStore.ts';
import { HELD_TITLE, saveFailureText } from '../store/draftNotices.ts';

export interface Announcement {
  readonly text: string;
  /** Said at once, interrupting (aria-live assertive); otherwise when the reader is idle. */
  readonly urgent: boolean;
}

/** The parts of the state that are announced. */
export type Announced = Pick<AppState, 'notice' | 'share' | 'runState' | 'draftSave'>;

export const LINK_COPIED = 'Link copied to the clipboard.';
export const LINK_NOT_COPIED = 'The link could not be copied to the clipboard; copy it from the Share box.';
export const ERRORS_FIXED = 'The config has no errors now.';

/** The engine writes names as `code`; read aloud, the backticks are noise. */
export function spoken(text: string): string {
  return text.replace(/`([^`]*)`/g, '$1');
}

/** The sentences that `next` adds to what `prev` already showed, in the order of the screen. */
export function announcementsBetween(prev: Announced | undefined, next: Announced): Announcement[] {
  const said: Announcement[] = [];
  if (next.runState === 'held' && prev?.runState !== 'held') said.push({ text: HELD_TITLE, urgent: true });
  const failure = next.draftSave.kind === 'failed' ? next.draftSave.reason : undefined;
  const failedBefore = prev?.draftSave.kind === 'failed' ? prev.draftSave.reason : undefined;
  if (failure !== undefined && failure !== failedBefore) said.push({ text: saveFailureText(failure), urgent: true });
  if (next.notice !== undefined && next.notice !== prev?.notice) said.push({ text: spoken(next.notice.message), urgent: next.notice.tone === 'error' });
  // Every new share state is a new object: a second click on Copy is a second "copied".
  if (next.share !== prev?.share) {
    const share = next.share;
    if (share.phase === 'open') said.push({ text: share.copied ? LINK_COPIED : LINK_NOT_COPIED, urgent: false });
    else if (share.phase === 'failed') said.push({ text: spoken(share.message), urgent: true });
  }
  return said;
}

/** How a config error is read: "Error on line 4: …". */
export function errorSentence(error: Diagnostic): string {
  return `Error on line ${error.line}: ${spoken(error.message)}`;
}
