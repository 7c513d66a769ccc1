import { describe, expect, it } from 'vitest';
import { createRunJournal, fingerprint, JOURNAL_KEY, MAX_JOURNAL } from './runJournal.ts';
import { MemoryStorage } from './storageFakes.ts';

const HUGE = '[general]\nnum_samples = 10000000\n[metrics.a]\nvalue = 1\n';
const SMALL = '[general]\nnum_samples = 10\n[metrics.a]\nvalue = 1\n';

describe('the run journal', () => {
  it('a run that started and never finished is remembered by the next page', () => {
    const storage = new MemoryStorage();
    createRunJournal(storage).started(HUGE); // the tab dies here: nothing else runs
    const next = createRunJournal(storage);
    expect(next.unfinished(HUGE)).toBe(true);
    expect(next.unfinished(SMALL)).toBe(false);
  });

  it('a finished run is forgotten', () => {
    const storage = new MemoryStorage();
    const journal = createRunJournal(storage);
    journal.started(HUGE);
    journal.finished(HUGE);
    expect(createRunJournal(storage).unfinished(HUGE)).toBe(false);
    expect(storage.map.has(JOURNAL_KEY)).toBe(false);
  });

  it('a run superseded by a newer one of the same page is forgotten', () => {
    const storage = new MemoryStorage();
    const journal = createRunJournal(storage);
    journal.started(HUGE);
    journal.started(SMALL);
    const next = createRunJournal(storage);
    expect(next.unfinished(HUGE)).toBe(false);
    expect(next.unfinished(SMALL)).toBe(true);
  });

  it('another tab finishing its run does not clear this tab’s unfinished one', () => {
    const storage = new MemoryStorage();
    createRunJournal(storage).started(HUGE);
    const other = createRunJournal(storage);
    other.started(SMALL);
    other.finished(SMALL);
    expect(createRunJournal(storage).unfinished(HUGE)).toBe(true);
  });

  it('running a held text again and finishing it clears it', () => {
    const storage = new MemoryStorage();
    createRunJournal(storage).started(HUGE);
    const next = createRunJournal(storage);
    next.started(HUGE);
    next.finished(HUGE);
    expect(createRunJournal(storage).unfinished(HUGE)).toBe(false);
  });

  it(`keeps at most ${MAX_JOURNAL} entries, newest first`, () => {
    const storage = new MemoryStorage();
    for (let k = 0; k < MAX_JOURNAL + 2; k++) createRunJournal(storage).started(`text ${k}`);
    const journal = createRunJournal(storage);
    expect(journal.unfinished(`text ${MAX_JOURNAL + 1}`)).toBe(true);
    expect(journal.unfinished('text 0')).toBe(false);
  });

  it('storage that throws, is missing or holds garbage never breaks a run', () => {
    const disabled = new MemoryStorage();
    disabled.refuse = 'disabled';
    for (const storage of [disabled, undefined]) {
      const journal = createRunJournal(storage);
      expect(() => journal.started(HUGE)).not.toThrow();
      expect(journal.unfinished(HUGE)).toBe(false);
    }
    const garbage = new MemoryStorage();
    garbage.map.set(JOURNAL_KEY, '{"not": "a list"');
    expect(createRunJournal(garbage).unfinished(HUGE)).toBe(false);
    createRunJournal(garbage).started(HUGE);
    expect(createRunJournal(garbage).unfinished(HUGE)).toBe(true);
  });

  it('tells apart texts that differ in one character or only in length', () => {
    expect(fingerprint(HUGE)).not.toBe(fingerprint(HUGE.replace('10000000', '10000001')));
    expect(fingerprint('a')).not.toBe(fingerprint('a\n'));
    expect(fingerprint(HUGE)).toBe(fingerprint(`${HUGE}`));
  });
});
