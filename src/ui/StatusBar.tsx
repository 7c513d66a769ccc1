// The status line: problems in the text, the shape of the data, how long the last run took and
// the seed it used (so any dataset on screen can be reproduced).
import type { ReactElement } from 'react';
import type { RunState } from '../store/appState.ts';
import { selectErrorCount, selectSeedInText, selectWarningCount } from '../store/selectors.ts';
import { useApp } from './appContext.ts';
import { formatCount, formatDuration, plural } from './format.ts';

/**
 * The right-hand end: what the charts show now. With errors they keep the last good run, dimmed.
 * `current`: the last run is of the text in the editor. Ready without it means the run of this
 * text was cancelled, and the charts (if any) are of an earlier config.
 */
function runLabel(runState: RunState, hasRun: boolean, current: boolean): string {
  if (runState === 'running') return 'Generating…';
  if (runState === 'ready' && !current) return hasRun ? 'Cancelled · the charts show the previous config' : 'Cancelled · nothing generated';
  if (runState === 'ready') return 'Ready';
  if (runState === 'held') return 'Not run';
  return hasRun ? 'Charts not updated' : 'Nothing generated';
}

export function StatusBar(): ReactElement {
  const errors = useApp(selectErrorCount);
  const warnings = useApp(selectWarningCount);
  const runState = useApp((s) => s.runState);
  const samples = useApp((s) => s.lastRun?.summary.numSamples);
  const metrics = useApp((s) => s.lastRun?.metricCount);
  const elapsed = useApp((s) => s.elapsedMs);
  const seed = useApp((s) => s.lastRun?.summary.seed);
  const seedSource = useApp((s) => s.lastRun?.summary.seedSource);
  const seedInText = useApp((s) => selectSeedInText(s) !== undefined);
  const draftSave = useApp((s) => s.draftSave.kind);
  const current = useApp((s) => s.lastRun !== undefined && s.lastRun.text === s.text);

  const tone = errors > 0 ? 'danger' : warnings > 0 ? 'warning' : 'ok';
  const problems = errors === 0 && warnings === 0 ? 'No problems' : [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean).join(' · ');

  return (
    <footer className="status-bar" aria-label="Status">
      <span className={`status-item status-${tone}`} data-testid="status-problems">
        <span className="dot" aria-hidden="true" />
        {runState === 'running' && errors === 0 && warnings === 0 ? 'Checking…' : problems}
      </span>
      {samples !== undefined && metrics !== undefined && (
        <span className="status-item" data-testid="status-shape">
          {formatCount(samples)} samples × {plural(metrics, 'metric')}
        </span>
      )}
      {elapsed !== undefined && <span className="status-item" data-testid="status-time">generated in {formatDuration(elapsed)}</span>}
      {seed !== undefined && (
        <span className="status-item" data-testid="status-seed">
          seed {seed}
          {seedSource === 'random' && !seedInText ? ' (random)' : ''}
        </span>
      )}
      <span className="status-spacer" />
      <span className={`status-item ${draftSave === 'failed' ? 'status-danger' : 'status-muted'}`} data-testid="status-draft">
        {draftSave === 'saved' ? 'Draft saved' : draftSave === 'saving' ? 'Saving draft…' : 'Draft not saved'}
      </span>
      <span className="status-item status-muted" data-testid="status-run">{runLabel(runState, samples !== undefined, current)}</span>
    </footer>
  );
}
