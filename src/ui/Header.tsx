// The top bar: name and tagline, then the config actions (examples, seed) and the outputs
// (share link, downloads).
import type { ReactElement } from 'react';
import type { Example } from '../store/examples.ts';
import { DownloadButtons } from './DownloadButtons.tsx';
import { ExamplesMenu } from './ExamplesMenu.tsx';
import { LogoMark } from './icons.tsx';
import { SeedField } from './SeedField.tsx';
import { ShareButton } from './ShareButton.tsx';

export function Header({ examples }: { examples: readonly Example[] }): ReactElement {
  return (
    <header className="app-header">
      <div className="brand">
        <LogoMark />
        <h1 className="brand-name">chaosgen</h1>
        <span className="brand-tagline">synthetic chaos-experiment metrics from a TOML config</span>
      </div>
      <div className="toolbar">
        <ExamplesMenu examples={examples} />
        <SeedField />
        <span className="toolbar-sep" aria-hidden="true" />
        <ShareButton />
        <DownloadButtons />
      </div>
    </header>
  );
}
