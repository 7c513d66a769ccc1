// While the text has errors, the charts stay (dimmed) under this banner naming the first error
// and its line, as the engine reported it. It shows only once the text has stayed wrong for a
// moment (store/calmErrors.ts), and floats over the foot of the charts instead of pushing them.
// LiveAnnouncer reads the error out once it settles.
import type { ReactElement } from 'react';
import { useApp } from './appContext.ts';
import { AlertIcon } from './icons.tsx';

export function ErrorBanner(): ReactElement | null {
  const shown = useApp((s) => s.shownError);
  if (shown === undefined) return null;
  const { first, count } = shown;
  return (
    <div className="error-banner" data-testid="error-banner">
      <AlertIcon />
      <span>
        <strong>Line {first.line}:</strong> <MessageText text={first.message} />
        {count > 1 && <span className="muted"> (and {count - 1} more)</span>}
      </span>
    </div>
  );
}

/** Renders `code` spans in the engine's messages as code. */
function MessageText({ text }: { text: string }): ReactElement {
  const parts = text.split(/(`[^`]*`)/);
  return <>{parts.map((p, i) => (p.length > 1 && p.startsWith('`') && p.endsWith('`') ? <code key={i}>{p.slice(1, -1)}</code> : p))}</>;
}
