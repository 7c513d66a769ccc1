// Share: the text goes into the link's fragment (encoded by share/shareCodec.ts), the link goes
// to the clipboard and into a popover that shows it with a Copy button, in case the clipboard
// refused (no permission, no secure context).
import { shareUrl } from '../share/shareCodec.ts';
import type { AppDeps } from './appDeps.ts';
import type { AppData } from './appState.ts';

export interface ShareActions {
  share(): Promise<void>;
  copyShareLink(): Promise<void>;
  closeShare(): void;
}

type Set = (partial: Partial<AppData>) => void;
type Get = () => AppData;

export function createShareActions(set: Set, get: Get, deps: AppDeps): ShareActions {
  return {
    async share() {
      const text = get().text;
      set({ share: { phase: 'encoding' } });
      let url: string;
      try {
        const fragment = await deps.encodeShare(text);
        url = shareUrl(deps.shareBase(), fragment);
      } catch (error) {
        set({ share: { phase: 'failed', message: error instanceof Error ? error.message : String(error) } });
        return;
      }
      const copied = await deps.copyText(url);
      // The popover may have been closed while the clipboard was asked.
      if (get().share.phase === 'encoding') set({ share: { phase: 'open', url, copied } });
    },
    async copyShareLink() {
      const s = get().share;
      if (s.phase !== 'open') return;
      const copied = await deps.copyText(s.url);
      const now = get().share;
      if (now.phase === 'open' && now.url === s.url) set({ share: { ...now, copied } });
    },
    closeShare() {
      set({ share: { phase: 'closed' } });
    },
  };
}

