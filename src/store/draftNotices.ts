// The sentences the page says about drafts and held runs, in one place: each claims a save only
// when the draft store reported one.
import { assertNever } from '../engine/index.ts';
import type { Notice } from './appState.ts';
import type { SaveFailure, SaveStatus } from './drafts.ts';

export const LINK_HISTORY_LABEL = 'Before opening a link';

export const HELD_TITLE = 'The last run of this config did not finish.';
export const HELD_DETAIL = 'The page may have crashed or been closed while generating it, so it was not run again. Check its size first, or run it anyway.';

const REASONS: Record<SaveFailure, string> = {
  full: 'storage is full',
  disabled: 'storage is disabled in this browser',
  refused: 'the browser refused to store it',
};

export function saveFailureText(reason: SaveFailure): string {
  return `Your draft could not be saved: ${REASONS[reason]}.`;
}

/**
 * After a link replaced the text. `status` is the draft store's answer for the user's own draft;
 * undefined when there was no draft of theirs to keep.
 */
export function linkNotice(status: SaveStatus | undefined): Notice {
  const opened = 'Opened a shared config.';
  if (status === undefined) return { tone: 'info', message: opened };
  switch (status.kind) {
    case 'saved':
      return { tone: 'info', message: `${opened} Your own draft is saved.`, restoreDraft: true };
    case 'saving':
      return { tone: 'info', message: `${opened} Saving your own draft…`, restoreDraft: true };
    case 'failed':
      return {
        tone: 'error',
        message: `${opened} Your own draft could not be saved (${REASONS[status.reason]}); it is kept in this tab only.`,
        restoreDraft: true,
      };
    default:
      return assertNever(status);
  }
}
