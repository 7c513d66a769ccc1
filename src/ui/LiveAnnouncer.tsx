import { useEffect, useRef, useState, type ReactElement } from 'react';
import type { Diagnostic } from '../engine/index.ts';
import { selectFirstError } from '../store/selectors.ts';
import { announcementsBetween, ERRORS_FIXED, errorSentence, type Announced, type Announcement } from './announcements.ts';
import { useAppStore } from './appContext.ts';

/**
 * How long the first error must stay the same before it is read out: the banner's settling
 * time, so a half-typed word is not read at every keystroke.
 */
export const ERROR_SETTLE_MS = 600;

interface Said {
  readonly id: number;
  readonly text: string;
}

/**
 * The page's one live region (a polite and an assertive half): notices, the share link, draft
 * and run troubles, and the config's first error once it has settled. The visible notices are
 * not live regions themselves, so nothing is said twice. Each sentence is a new element, so
 * the same sentence twice in a row (a second "Link copied") is read twice.
 */
export function LiveAnnouncer(): ReactElement {
  const store = useAppStore();
  const [polite, setPolite] = useState<Said | undefined>(undefined);
  const [urgent, setUrgent] = useState<Said | undefined>(undefined);
  const nextId = useRef(0);

  useEffect(() => {
    const say = ({ text, urgent: now }: Announcement): void => {
      const said = { id: nextId.current++, text };
      if (now) setUrgent(said);
      else setPolite(said);
    };
    let last: Announced | undefined;
    // The error last read out, and the one waiting to settle.
    let readError: Diagnostic | undefined;
    let settling: ReturnType<typeof setTimeout> | undefined;
    let pendingError: Diagnostic | undefined;
    const sameError = (a: Diagnostic | undefined, b: Diagnostic | undefined): boolean => a?.message === b?.message && a?.line === b?.line;

    const update = (): void => {
      const state = store.getState();
      for (const a of announcementsBetween(last, state)) say(a);
      last = state;
      const error = selectFirstError(state);
      if (sameError(error, pendingError)) return;
      pendingError = error;
      clearTimeout(settling);
      settling = setTimeout(() => {
        if (sameError(error, readError)) return;
        if (error !== undefined) say({ text: errorSentence(error), urgent: false });
        else if (readError !== undefined) say({ text: ERRORS_FIXED, urgent: false });
        readError = error;
      }, ERROR_SETTLE_MS);
    };
    // After the regions are in the page: what is already on screen at start is read too.
    const first = setTimeout(update, 0);
    const unsubscribe = store.subscribe(update);
    return () => {
      clearTimeout(first);
      clearTimeout(settling);
      unsubscribe();
    };
  }, [store]);

  return (
    <div className="visually-hidden">
      <div role="status" aria-live="polite" data-testid="announcer-polite">
        {polite && <p key={polite.id}>{polite.text}</p>}
      </div>
      <div role="alert" aria-live="assertive" data-testid="announcer-urgent">
        {urgent && <p key={urgent.id}>{urgent.text}</p>}
      </div>
    </div>
  );
}
