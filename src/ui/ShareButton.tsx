// Share: encodes the text into a link, copies it, and shows it in a popover with a Copy button
// (the fallback when the clipboard refused).
import { useEffect, useRef, type ReactElement } from 'react';
import { useActions, useApp } from './appContext.ts';
import { CheckIcon, ShareIcon } from './icons.tsx';
import { usePopover } from './usePopover.ts';

export function ShareButton(): ReactElement {
  const actions = useActions();
  const share = useApp((s) => s.share);
  const popover = usePopover(() => actions.closeShare());
  const linkRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (share.phase === 'open' && !share.copied) linkRef.current?.select();
  }, [share]);

  const onClick = (): void => {
    if (popover.open) return popover.setOpen(false);
    popover.setOpen(true);
    void actions.share();
  };

  return (
    <div className="popover-anchor" ref={popover.anchorRef}>
      <button type="button" className="btn" ref={popover.buttonRef} aria-expanded={popover.open} aria-haspopup="dialog" onClick={onClick}>
        <ShareIcon /> Share
      </button>
      {popover.open && share.phase !== 'closed' && (
        <div className="popover share-popover" role="dialog" aria-label="Share link">
          {share.phase === 'encoding' && <p className="popover-text">Making the link…</p>}
          {share.phase === 'failed' && <p className="popover-text danger">{share.message}</p>}
          {share.phase === 'open' && (
            <>
              <p className="popover-text">
                {share.copied ? (
                  <span className="ok-text"><CheckIcon /> Link copied to the clipboard.</span>
                ) : (
                  'Copy this link to share the config:'
                )}
              </p>
              <div className="share-row">
                <input ref={linkRef} className="share-link" readOnly value={share.url} aria-label="Share link" onFocus={(e) => e.target.select()} />
                <button type="button" className="btn" onClick={() => void actions.copyShareLink()}>
                  Copy
                </button>
              </div>
              <p className="popover-hint">The config travels in the part after “#”, which browsers never send to a server.</p>
            </>
          )}
        </div>
      )}
    </div>
  );
}
