import type { ReactElement } from 'react';

/** An engine message with its `code` spans rendered as code. */
export function MessageText({ text }: { text: string }): ReactElement {
  const parts = text.split(/(`[^`]*`)/);
  return <>{parts.map((p, i) => (p.length > 1 && p.startsWith('`') && p.endsWith('`') ? <code key={i}>{p.slice(1, -1)}</code> : p))}</>;
}
