import { describe, expect, it } from 'vitest';
import { HELD_TITLE } from '../store/draftNotices.ts';
import { announcementsBetween, errorSentence, LINK_COPIED, LINK_NOT_COPIED, spoken, type Announced } from './announcements.ts';

const quiet: Announced = { notice: undefined, share: { phase: 'closed' }, runState: 'ready', draftSave: { kind: 'saved' } };

describe('announcementsBetween', () => {
  it('says nothing when nothing that shows changed', () => {
    expect(announcementsBetween(quiet, { ...quiet, runState: 'running' })).toEqual([]);
    expect(announcementsBetween(undefined, quiet)).toEqual([]);
  });

  it('reads a new notice once, errors urgently and without the backticks of code', () => {
    const stopped = { tone: 'info' as const, message: 'Generation stopped.' };
    const next = { ...quiet, notice: stopped };
    expect(announcementsBetween(quiet, next)).toEqual([{ text: 'Generation stopped.', urgent: false }]);
    expect(announcementsBetween(next, { ...next, runState: 'ready' })).toEqual([]);
    const failed = { tone: 'error' as const, message: 'The seed cannot be written: `general` is not a table.' };
    expect(announcementsBetween(next, { ...next, notice: failed })).toEqual([{ text: 'The seed cannot be written: general is not a table.', urgent: true }]);
  });

  it('says the link was copied at every copy, or that it could not be', () => {
    const open = { ...quiet, share: { phase: 'open' as const, url: 'http://x/#v1:a', copied: true } };
    expect(announcementsBetween(quiet, open)).toEqual([{ text: LINK_COPIED, urgent: false }]);
    const again = { ...open, share: { ...open.share } };
    expect(announcementsBetween(open, again)).toEqual([{ text: LINK_COPIED, urgent: false }]);
    const refused = { ...quiet, share: { phase: 'open' as const, url: 'http://x/#v1:a', copied: false } };
    expect(announcementsBetween(quiet, refused)).toEqual([{ text: LINK_NOT_COPIED, urgent: false }]);
  });

  it('says at once when a run is held or drafts cannot be saved, once per cause', () => {
    const held = { ...quiet, runState: 'held' as const };
    expect(announcementsBetween(quiet, held)).toEqual([{ text: HELD_TITLE, urgent: true }]);
    expect(announcementsBetween(held, { ...held })).toEqual([]);
    const full = { ...quiet, draftSave: { kind: 'failed' as const, reason: 'full' as const } };
    expect(announcementsBetween(quiet, full)).toEqual([{ text: 'Your draft could not be saved: storage is full.', urgent: true }]);
    expect(announcementsBetween(full, { ...full, draftSave: { kind: 'failed', reason: 'full' } })).toEqual([]);
  });
});

describe('errorSentence', () => {
  it('names the line and reads code as words', () => {
    expect(errorSentence({ severity: 'error', message: 'unknown key `vaule`', line: 4, column: 1, endLine: 4, endColumn: 6, from: 0, to: 5 })).toBe('Error on line 4: unknown key vaule');
    expect(spoken('no `code` here and `there`')).toBe('no code here and there');
  });
});
