import { describe, expect, it } from 'vitest';
import { hoverCardAt } from './tomlHover.ts';

const CONFIG = `[general]
num_samples = 150

[metrics.cpu]
value = 60
noise = "gaussian"
noise_args = {"loc" = 0, scale = 1}

[metrics.cpu.noise_args]

[anomalies.cpu]
recovery_time = 30
`;

/** The hover card at the first occurrence of `needle` (+ offset into it). */
const at = (needle: string, offset = 1) => hoverCardAt(CONFIG, CONFIG.indexOf(needle) + offset);
const fact = (card: ReturnType<typeof at>, label: string) => card?.facts.find(([l]) => l === label)?.[1];

describe('hoverCardAt', () => {
  it('explains a key with its meaning, requirement and limits', () => {
    const card = at('num_samples');
    expect(card?.title).toBe('num_samples');
    expect(card?.summary).toMatch(/How many samples/);
    expect(fact(card, 'Required')).toBe('yes');
    expect(fact(card, 'Allowed')).toBe('an integer from 1 to 10,000,000');
    expect([card?.from, card?.to]).toEqual([CONFIG.indexOf('num_samples'), CONFIG.indexOf('num_samples') + 'num_samples'.length]);
  });

  it('gives the default of an optional noise parameter, bare or quoted, inside an inline table', () => {
    const scale = at('scale = 1');
    expect(fact(scale, 'Default')).toBe('1');
    expect(fact(scale, 'Allowed')).toBe('a finite number from 0 to 1e15');
    expect(at('"loc"', 2)?.title).toBe('loc');
  });

  it('knows the same key means different things in different tables', () => {
    // `value` is a metric key; in [anomalies.x] there is no such key
    expect(at('value')?.title).toBe('value');
    expect(hoverCardAt('[anomalies.cpu]\nvalue = 1', 17)).toBeUndefined();
  });

  it('explains table names in headers', () => {
    expect(at('general')?.summary).toMatch(/whole dataset/);
    expect(at('noise_args]')?.title).toBe('noise_args');
    expect(at('anomalies.cpu')?.title).toBe('anomalies');
  });

  it('lists a distribution\'s parameters when hovering its name', () => {
    const card = at('gaussian');
    expect(fact(card, 'Parameters')).toBe('loc = 0, scale = 1, smoothing_window = 1');
  });

  it('shows nothing on numbers, comments or unknown keys', () => {
    expect(at('60')).toBeUndefined();
    expect(hoverCardAt('# num_samples', 4)).toBeUndefined();
    expect(hoverCardAt('[metrics.x]\nvalu = 1', 13)).toBeUndefined();
  });

  it('shows how many samples a duration is at the document\'s interval', () => {
    const text = '[general]\ninterval = "1m"\nduration = "1d"\n[metrics.a]\nvalue = 1\n[[anomalies.a]]\nat = "2h"\nrecovery_time = "90s"\n';
    const card = (needle: string) => hoverCardAt(text, text.indexOf(needle) + 1);
    expect(card('"2h"')?.facts).toEqual([['Samples', '120 at an interval of 1m']]);
    // a half rounds up
    expect(card('"90s"')?.facts).toEqual([['Samples', '2 at an interval of 1m']]);
    expect(card('"1d"')?.facts).toEqual([['Samples', '1,440 (num_samples) at an interval of 1m']]);
    // without an interval, the default 1s
    const plain = '[metrics.a]\nnoise_args = { smoothing_window = "1m" }\n';
    expect(hoverCardAt(plain, plain.indexOf('"1m"') + 1)?.facts).toEqual([['Samples', '60 at an interval of 1s']]);
  });

  it('says why a duration is not one', () => {
    const text = '[[anomalies.a]]\nat = "1h30"\n';
    const fact = hoverCardAt(text, text.indexOf('"1h30"') + 1)?.facts[0];
    expect(fact?.[0]).toBe('Problem');
    expect(fact?.[1]).toContain('"1h30m"');
  });

  it('keeps its title short whatever a duration string holds', () => {
    const long = `${'9'.repeat(100_000)}h`;
    const text = `[[anomalies.a]]\nat = "${long}"\n`;
    const card = hoverCardAt(text, text.indexOf('"9') + 1);
    expect(card?.facts[0]?.[0]).toBe('Problem');
    expect(card?.title.length).toBeLessThanOrEqual(60);
    expect(card?.title.startsWith('at = "999')).toBe(true);
  });

  it('shows the sample a date-time `at` falls on', () => {
    const text = '[general]\nstart = 2026-03-02T00:00:00Z\ninterval = "1m"\nnum_samples = 2000\n[[anomalies.a]]\nat = 2026-03-02T10:00:00Z\n';
    expect(hoverCardAt(text, text.indexOf('2026-03-02T10') + 1)?.facts).toEqual([['Sample', '600 (at an interval of 1m from the start)']]);
    const noStart = '[[anomalies.a]]\nat = 2026-03-02T10:00:00Z\n';
    expect(hoverCardAt(noStart, noStart.indexOf('2026') + 1)?.facts).toEqual([['Sample', 'needs [general] start']]);
  });
});
