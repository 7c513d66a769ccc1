// Small stroke icons (24-unit grid, drawn for this app), sized by the surrounding font.
import type { ReactElement } from 'react';

function Icon({ d, className }: { d: string; className?: string }): ReactElement {
  return (
    <svg className={className ?? 'icon'} viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={d} />
    </svg>
  );
}

export const DownloadIcon = () => <Icon d="M12 4v11m-5-5 5 5 5-5M5 20h14" />;
export const ShareIcon = () => <Icon d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />;
export const ChevronIcon = () => <Icon d="m6 9 6 6 6-6" />;
/** A die showing five: the re-roll button. */
export function DiceIcon(): ReactElement {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <rect x="3.5" y="3.5" width="17" height="17" rx="3.5" fill="none" stroke="currentColor" strokeWidth="2" />
      {[[8.5, 8.5], [15.5, 8.5], [12, 12], [8.5, 15.5], [15.5, 15.5]].map(([cx, cy]) => (
        <circle key={`${cx}-${cy}`} cx={cx} cy={cy} r="1.6" fill="currentColor" />
      ))}
    </svg>
  );
}
export const CloseIcon = () => <Icon d="M6 6l12 12M18 6 6 18" />;
export const CheckIcon = () => <Icon d="m5 12 5 5 9-10" />;
export const AlertIcon = () => <Icon d="M12 8v5m0 3.5h.01M10.3 3.9 2.6 17.5A2 2 0 0 0 4.3 20.5h15.4a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0Z" />;

/** The brand mark: a steady line hit by a spike that recovers. */
export function LogoMark(): ReactElement {
  return (
    <svg className="logo" viewBox="0 0 32 32" width="24" height="24" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--accent)" />
      <path d="M5 20h6l2.5-11 3 15 2.5-8 2 4H27" fill="none" stroke="var(--accent-contrast)" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
