// Download CSV / Download JSON. Large datasets first show the expected size in a confirmation
// popover; building then runs in the worker with a progress bar (see ProgressBar). Files too big
// for memory are saved to disk piece by piece where the browser can ("Save to disk…" opens the
// picker within that click), and are otherwise refused with the command line that makes them.
import type { ReactElement } from 'react';
import type { DownloadPlan } from '../store/downloadPlan.ts';
import { cliCommand } from '../store/downloadPlan.ts';
import { downloadName } from '../store/fileName.ts';
import { selectCanDownload, selectDownloadsLastGood } from '../store/selectors.ts';
import type { FileFormat } from '../worker/protocol.ts';
import { useActions, useApp } from './appContext.ts';
import { formatBytes, formatCount } from './format.ts';
import { DownloadIcon } from './icons.tsx';
import { downloadEnv, pickFileSink } from './saveToDisk.ts';
import { usePopover } from './usePopover.ts';

export function DownloadButtons(): ReactElement {
  const actions = useActions();
  const download = useApp((s) => s.download);
  const canDownload = useApp(selectCanDownload);
  const lastGood = useApp(selectDownloadsLastGood);
  const popover = usePopover(() => actions.dismissDownload());
  const confirmOpen = download.phase === 'confirm';
  const seed = useApp((s) => s.lastRun?.summary.seed ?? 0);
  const example = useApp((s) => s.exampleName);

  const onClick = (format: FileFormat): void => {
    popover.setOpen(true);
    void actions.requestDownload(format, downloadEnv());
  };
  const onConfirm = (format: FileFormat, plan: DownloadPlan): void => {
    // The picker is opened here, synchronously inside the click: it needs the user's gesture.
    const target = plan === 'stream' ? pickFileSink(downloadName(example, seed, format), format) : undefined;
    void actions.confirmDownload(target);
    popover.setOpen(false);
  };

  return (
    <div className="popover-anchor btn-group" ref={popover.anchorRef}>
      <FormatButton format="csv" lastGood={lastGood} disabled={!canDownload || download.phase !== 'idle'} busy={download.phase !== 'idle' && download.format === 'csv'} onClick={onClick} />
      <FormatButton format="json" lastGood={lastGood} disabled={!canDownload || download.phase !== 'idle'} busy={download.phase !== 'idle' && download.format === 'json'} onClick={onClick} />
      {popover.open && confirmOpen && <ConfirmDownload format={download.format} bytes={download.bytes} plan={download.plan} onConfirm={() => onConfirm(download.format, download.plan)} onCancel={() => popover.setOpen(false)} />}
    </div>
  );
}

/** `lastGood`: the text has errors, so the button gives the last run without errors (the charts' data). */
function FormatButton(props: { format: FileFormat; lastGood: boolean; disabled: boolean; busy: boolean; onClick(format: FileFormat): void }): ReactElement {
  const label = props.format.toUpperCase();
  const name = props.lastGood ? `Download last good ${label} (before your edit)` : `Download ${label}`;
  return (
    <button
      type="button"
      className={props.lastGood ? 'btn btn-last-good' : 'btn'}
      aria-label={name}
      title={props.disabled && !props.busy ? 'Available once the preview is up to date' : props.lastGood ? `${name}: the config has errors, so this is the data the charts show` : `Download the dataset as ${label}`}
      disabled={props.disabled}
      aria-busy={props.busy}
      onClick={() => props.onClick(props.format)}
    >
      <DownloadIcon /> {label}
      {props.lastGood && <span className="btn-note">last good</span>}
    </button>
  );
}

function ConfirmDownload(props: { format: FileFormat; bytes: number; plan: DownloadPlan; onConfirm(): void; onCancel(): void }): ReactElement {
  const seed = useApp((s) => s.lastRun?.summary.seed ?? 0);
  const seedSource = useApp((s) => s.lastRun?.summary.seedSource ?? 'config');
  const samples = useApp((s) => s.lastRun?.summary.numSamples ?? 0);
  const example = useApp((s) => s.exampleName);
  const name = downloadName(example, seed, props.format);
  const refused = props.plan === 'refuse';
  return (
    <div className="popover confirm-popover" role="dialog" aria-label={`Download ${props.format.toUpperCase()}`}>
      <p className="popover-text">
        <strong>{name}</strong> {refused ? 'would be' : 'will be'} about <strong>{formatBytes(props.bytes)}</strong> ({formatCount(samples)} samples){refused ? ', too large to build in this tab.' : '.'}
      </p>
      {props.plan === 'memory' && <p className="popover-hint">It is built in the background with a progress bar; Cancel there stops it.</p>}
      {props.plan === 'stream' && <p className="popover-hint">Choose where to save it: it is written to disk piece by piece, with a progress bar; Cancel there stops it and discards the partial file.</p>}
      {refused && (
        <p className="popover-hint">
          This browser cannot save a file to disk piece by piece. Make it with the command line: copy the config from the editor into <code>config.toml</code> and run <code>{cliCommand(seed, seedSource)}</code> (it writes <code>output/metrics.{props.format}</code>, the same bytes).
        </p>
      )}
      <div className="popover-actions">
        <button type="button" className="btn" onClick={props.onCancel}>{refused ? 'Close' : 'Not now'}</button>
        {!refused && (
          <button type="button" className="btn primary" autoFocus onClick={props.onConfirm}>
            {props.plan === 'stream' ? 'Save to disk…' : 'Build file'}
          </button>
        )}
      </div>
    </div>
  );
}
