// Download CSV / Download JSON. Large datasets first show the expected size in a confirmation
// popover; building then runs in the worker with a progress bar (see ProgressBar).
import type { ReactElement } from 'react';
import { downloadName } from '../store/fileName.ts';
import { selectCanDownload } from '../store/selectors.ts';
import type { FileFormat } from '../worker/protocol.ts';
import { useActions, useApp } from './appContext.ts';
import { formatBytes, formatCount } from './format.ts';
import { DownloadIcon } from './icons.tsx';
import { usePopover } from './usePopover.ts';

export function DownloadButtons(): ReactElement {
  const actions = useActions();
  const download = useApp((s) => s.download);
  const canDownload = useApp(selectCanDownload);
  const popover = usePopover(() => actions.dismissDownload());
  const confirmOpen = download.phase === 'confirm';

  const onClick = (format: FileFormat): void => {
    popover.setOpen(true);
    void actions.requestDownload(format);
  };

  return (
    <div className="popover-anchor btn-group" ref={popover.anchorRef}>
      <FormatButton format="csv" disabled={!canDownload || download.phase !== 'idle'} busy={download.phase !== 'idle' && download.format === 'csv'} onClick={onClick} />
      <FormatButton format="json" disabled={!canDownload || download.phase !== 'idle'} busy={download.phase !== 'idle' && download.format === 'json'} onClick={onClick} />
      {popover.open && confirmOpen && <ConfirmDownload format={download.format} bytes={download.bytes} onConfirm={() => { void actions.confirmDownload(); popover.setOpen(false); }} onCancel={() => popover.setOpen(false)} />}
    </div>
  );
}

function FormatButton(props: { format: FileFormat; disabled: boolean; busy: boolean; onClick(format: FileFormat): void }): ReactElement {
  const label = props.format.toUpperCase();
  return (
    <button
      type="button"
      className="btn"
      aria-label={`Download ${label}`}
      title={props.disabled && !props.busy ? 'Available when the config has no errors and the preview is up to date' : `Download the dataset as ${label}`}
      disabled={props.disabled}
      aria-busy={props.busy}
      onClick={() => props.onClick(props.format)}
    >
      <DownloadIcon /> {label}
    </button>
  );
}

function ConfirmDownload(props: { format: FileFormat; bytes: number; onConfirm(): void; onCancel(): void }): ReactElement {
  const seed = useApp((s) => s.lastRun?.summary.seed ?? 0);
  const samples = useApp((s) => s.lastRun?.summary.numSamples ?? 0);
  const example = useApp((s) => s.exampleName);
  return (
    <div className="popover confirm-popover" role="dialog" aria-label={`Download ${props.format.toUpperCase()}`}>
      <p className="popover-text">
        <strong>{downloadName(example, seed, props.format)}</strong> will be about <strong>{formatBytes(props.bytes)}</strong> ({formatCount(samples)} samples).
      </p>
      <p className="popover-hint">It is built in the background with a progress bar; Cancel there stops it.</p>
      <div className="popover-actions">
        <button type="button" className="btn" onClick={props.onCancel}>Not now</button>
        <button type="button" className="btn primary" autoFocus onClick={props.onConfirm}>Build file</button>
      </div>
    </div>
  );
}
