// Shown when generation or a file build runs longer than LONG_TASK_MS: how far it is, and a
// Cancel that stops it at once (the worker is terminated and replaced).
import type { ReactElement } from 'react';
import { formatLabel } from '../store/fileName.ts';
import type { TaskKind } from '../worker/client.ts';
import { useActions, useApp } from './appContext.ts';

function label(task: TaskKind): string {
  if (task === 'view') return 'Preparing the zoomed view';
  return task === 'run' ? 'Generating' : `Building the ${formatLabel(task)} file`;
}

export function ProgressBar(): ReactElement | null {
  const actions = useActions();
  const progress = useApp((s) => s.progress);
  if (progress === undefined) return null;
  const percent = Math.round(progress.fraction * 100);
  return (
    <div className="progress" data-testid="progress">
      <span className="progress-label">{label(progress.task)}… {percent}%</span>
      <div className="progress-track" role="progressbar" aria-label={label(progress.task)} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div className="progress-fill" style={{ width: `${Math.max(2, percent)}%` }} />
      </div>
      <button type="button" className="btn small" onClick={() => actions.cancel()}>
        Cancel
      </button>
    </div>
  );
}
