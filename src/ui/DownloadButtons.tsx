// The Download menu: every format of the engine's catalog (engine/formats/catalog.ts: names and
// checks, no writers, since the files are written in the worker), so a new format
// appears here without touching this file. Its keys are the WAI-ARIA menu button's, shared with
// the Examples menu (useMenuButton): Down/Up open it, arrows, Home/End and type-ahead move, Enter
// chooses, Escape and choosing close it with focus back on the button, Tab closes it and moves
// on; the items are not Tab stops. A format this dataset cannot be written in (OpenMetrics and
// NAB need `start`) stays in the menu, reachable by the arrows, marked aria-disabled with the
// reason as its description, so a screen reader says why; choosing it does nothing. Large
// datasets first show the expected size in a confirmation popover; building then runs in the
// worker with a progress bar (see ProgressBar). Files too big for memory are saved to disk piece
// by piece where the browser can ("Save to disk…" opens the picker within that click), and are
// otherwise refused with the command line that makes them.
import { useId, useMemo, type ReactElement } from 'react';
import { FORMAT_INFO, type FormatInfo } from '../engine/index.ts';
import type { DownloadPlan } from '../store/downloadPlan.ts';
import { cliCommand } from '../store/downloadPlan.ts';
import { downloadName, formatLabel } from '../store/fileName.ts';
import { selectCanDownload, selectDownloadsLastGood } from '../store/selectors.ts';
import type { FileFormat } from '../worker/protocol.ts';
import { useActions, useApp } from './appContext.ts';
import { formatBytes, formatCount } from './format.ts';
import { shownDataset } from './shownDataset.ts';
import { ChevronIcon, DownloadIcon } from './icons.tsx';
import { downloadEnv, pickFileSink } from './saveToDisk.ts';
import { useMenuButton } from './useMenuButton.ts';
import { usePopover } from './usePopover.ts';

export function DownloadButtons(): ReactElement {
  const actions = useActions();
  const download = useApp((s) => s.download);
  const canDownload = useApp(selectCanDownload);
  // The text has errors: the menu gives the last run without errors (the charts' data), and says so.
  const lastGood = useApp(selectDownloadsLastGood);
  const lastRun = useApp((s) => s.lastRun);
  const series = useApp((s) => s.series);
  const dataset = useMemo(() => shownDataset(lastRun, series), [lastRun, series]);
  const menu = usePopover();
  const keys = useMenuButton(menu);
  const confirm = usePopover(() => actions.dismissDownload());
  const confirmOpen = download.phase === 'confirm';
  const seed = useApp((s) => s.lastRun?.summary.seed ?? 0);
  const example = useApp((s) => s.exampleName);
  const busy = download.phase !== 'idle';

  // Closes the menu with focus back on its button, then asks for the file (maybe confirming first).
  const choose = (format: FileFormat): void =>
    keys.choose(() => {
      confirm.setOpen(true);
      void actions.requestDownload(format, downloadEnv());
    });
  const onConfirm = (format: FileFormat, plan: DownloadPlan): void => {
    // The picker is opened here, synchronously inside the click: it needs the user's gesture.
    const target = plan === 'stream' ? pickFileSink(downloadName(example, seed, format), format) : undefined;
    void actions.confirmDownload(target);
    confirm.setOpen(false);
  };
  const enabled = canDownload && !busy;

  return (
    <div className="popover-anchor" ref={confirm.anchorRef}>
      <div className="popover-anchor" ref={menu.anchorRef}>
        <button
          type="button"
          className={lastGood ? 'btn btn-last-good' : 'btn'}
          ref={menu.buttonRef}
          {...keys.buttonProps}
          aria-busy={busy}
          disabled={!enabled}
          aria-label={lastGood ? 'Download last good data (before your edit)' : 'Download'}
          title={!canDownload ? 'Available once the preview is up to date' : lastGood ? 'The config has errors: these downloads give the data the charts show, from before your edit' : 'Download the dataset in one of its formats'}
          onClick={() => (menu.open ? menu.setOpen(false) : keys.openAt('first'))}
        >
          <DownloadIcon /> Download <ChevronIcon />
          {lastGood && <span className="btn-note">last good</span>}
        </button>
        {menu.open && enabled && (
          <div className="popover menu" aria-label={lastGood ? 'Download last good data (before your edit)' : 'Download'} {...keys.menuProps}>
            {FORMAT_INFO.map((f) => (
              <FormatItem key={f.id} format={f} why={dataset && f.cannot?.(dataset)} onChoose={choose} />
            ))}
          </div>
        )}
      </div>
      {confirm.open && confirmOpen && <ConfirmDownload format={download.format} bytes={download.bytes} plan={download.plan} onConfirm={() => onConfirm(download.format, download.plan)} onCancel={() => confirm.setOpen(false)} />}
    </div>
  );
}

function FormatItem(props: { format: FormatInfo; why: string | undefined; onChoose(format: FileFormat): void }): ReactElement {
  const id = useId();
  const { format, why } = props;
  const zip = format.layout.kind !== 'file';
  return (
    <button
      type="button"
      role="menuitem"
      className="menu-item"
      tabIndex={-1}
      aria-labelledby={`${id}-t`}
      aria-describedby={`${id}-d`}
      aria-disabled={why !== undefined}
      onClick={() => why === undefined && props.onChoose(format.id)}
    >
      <span className="menu-title" id={`${id}-t`}>{format.label}{zip ? ' (ZIP)' : ''}</span>
      <span className="menu-desc" id={`${id}-d`}>{why ?? format.description}</span>
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
    <div className="popover confirm-popover" role="dialog" aria-label={`Download ${formatLabel(props.format)}`}>
      <p className="popover-text">
        <strong>{name}</strong> {refused ? 'would be' : 'will be'} about <strong>{formatBytes(props.bytes)}</strong> ({formatCount(samples)} samples){refused ? ', too large to build in this tab.' : '.'}
      </p>
      {props.plan === 'memory' && <p className="popover-hint">It is built in the background with a progress bar; Cancel there stops it.</p>}
      {props.plan === 'stream' && <p className="popover-hint">Choose where to save it: it is written to disk piece by piece, with a progress bar; Cancel there stops it and discards the partial file.</p>}
      {refused && (
        <p className="popover-hint">
          This browser cannot save a file to disk piece by piece. Make it with the command line: copy the config from the editor into <code>config.toml</code> and run <code>{`${cliCommand(seed, seedSource)} --format ${props.format}`}</code> (it writes the same bytes into <code>output/</code>).
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
