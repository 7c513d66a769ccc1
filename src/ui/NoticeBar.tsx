// Messages across the top: the notice of the moment (a share link opened, with "Restore my
// draft"; a link that could not be read; a stopped generation; a generator failure, with
// "Retry"), and two standing ones that last as long as their cause: a text held back because
// its last run never finished ("Run it"), and drafts that storage refused to save. They are
// read out by LiveAnnouncer, the page's one live region, so they are not live regions here.
import type { ReactElement } from 'react';
import { HELD_DETAIL, HELD_TITLE, saveFailureText } from '../store/draftNotices.ts';
import { useActions, useApp } from './appContext.ts';
import { AlertIcon, CloseIcon } from './icons.tsx';
import { downloadEnv } from './saveToDisk.ts';

export function NoticeBar(): ReactElement | null {
  const actions = useActions();
  const notice = useApp((s) => s.notice);
  const canRestore = useApp((s) => s.draftBeforeLink !== undefined && s.draftBeforeLink !== s.text);
  const held = useApp((s) => s.runState === 'held');
  const saveFailure = useApp((s) => (s.draftSave.kind === 'failed' ? s.draftSave.reason : undefined));
  if (notice === undefined && !held && saveFailure === undefined) return null;
  return (
    <>
      {held && (
        <div className="notice notice-error" data-testid="held-notice">
          <AlertIcon />
          <span className="notice-text">
            <strong>{HELD_TITLE}</strong> {HELD_DETAIL}
          </span>
          <button type="button" className="btn small" onClick={() => actions.runHeld()}>
            Run it
          </button>
        </div>
      )}
      {saveFailure !== undefined && (
        <div className="notice notice-error" data-testid="save-failure">
          <AlertIcon />
          <span className="notice-text">
            {saveFailureText(saveFailure)} Your text stays in this tab, and saving is retried; copy it somewhere before closing the tab.
          </span>
        </div>
      )}
      {notice !== undefined && (
        <div className={`notice notice-${notice.tone}`} data-testid="notice" data-tone={notice.tone}>
          {notice.tone === 'error' && <AlertIcon />}
          <span className="notice-text">{notice.message}</span>
          {notice.restoreDraft === true && canRestore && (
            <button type="button" className="btn small" onClick={() => actions.restoreDraft()}>
              Restore my draft
            </button>
          )}
          {notice.retry !== undefined && (
            <button type="button" className="btn small" onClick={() => actions.retry(downloadEnv())}>
              Retry
            </button>
          )}
          <button type="button" className="btn icon-btn ghost small" aria-label="Dismiss" onClick={() => actions.showNotice(undefined)}>
            <CloseIcon />
          </button>
        </div>
      )}
    </>
  );
}
