// One message across the top: a share link opened (with "Restore my draft"), a link that could
// not be read, a stopped generation, a generator failure (with "Retry").
import type { ReactElement } from 'react';
import { useActions, useApp } from './appContext.ts';
import { AlertIcon, CloseIcon } from './icons.tsx';
import { downloadEnv } from './saveToDisk.ts';

export function NoticeBar(): ReactElement | null {
  const actions = useActions();
  const notice = useApp((s) => s.notice);
  const canRestore = useApp((s) => s.draftBeforeLink !== undefined && s.draftBeforeLink !== s.text);
  if (notice === undefined) return null;
  return (
    <div className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
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
  );
}
