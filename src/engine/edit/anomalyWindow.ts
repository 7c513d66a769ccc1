import { locateToml } from '../locateToml.ts';
import type { Config } from '../types.ts';
import { DEFAULT_INTERVAL_MS } from '../validate/general.ts';
import { setValues, type EditValue, type SetValuesResult, type ValueEdit } from './setValues.ts';
import { dateTimeLike, integerLike, isDateTimeToken, shortestDuration } from './spelling.ts';
import { placeOf } from './tomlPlace.ts';

// Moving or resizing an anomaly's window (from the chart) as a TOML edit:
//
//   anomalyWindowEdits(text: string, config: Config, metric: string, index: number,
//                      window: { atSample: number; recoverySamples: number }): SetValuesResult
//
// `config` is the one parsed from `text` (for num_samples and the clock), `index` counts the
// metric's anomalies in file order (0 for a single [anomalies.X] table). `at` and
// `recovery_time` keep the user's spelling: an integer stays an integer, a duration ("5m") stays
// a duration (the shortest exact one, at the config's interval), a date-time stays a date-time
// in the same layout and offset. The result is setValues': the changes, or why there are none.

export interface AnomalyWindowChange {
  /** The first sample of the window. */
  readonly atSample: number;
  /** The window's length in samples (recovery_time), at least 1. */
  readonly recoverySamples: number;
}

const refuse = (reason: string): SetValuesResult => ({ ok: false, reason });

export function anomalyWindowEdits(text: string, config: Config, metric: string, index: number, window: AnomalyWindowChange): SetValuesResult {
  const { atSample, recoverySamples } = window;
  const spec = config.metrics.find((m) => m.name === metric);
  if (spec === undefined) return refuse(`there is no metric \`${metric}\``);
  // the window as it is: a value that does not move keeps its token untouched
  const now = spec.anomalies ? spec.anomalies[index] : index === 0 ? spec.anomaly : undefined;
  if (!(Number.isSafeInteger(atSample) && atSample >= 0)) return refuse(`at must be a whole sample from 0, not ${atSample}`);
  if (!(Number.isSafeInteger(recoverySamples) && recoverySamples >= 1)) return refuse(`recovery_time must be a whole number of samples from 1, not ${recoverySamples}`);
  if (atSample + recoverySamples > config.numSamples) return refuse(`the window (${atSample} + ${recoverySamples}) runs past num_samples (${config.numSamples})`);

  const loc = locateToml(text);
  const base = ['anomalies', metric];
  const table = placeOf(text, loc, base);
  // [[anomalies.X]] and `X = [{…}, …]` hold elements; [anomalies.X] and `X = {…}` are the one anomaly
  const many = table?.kind === 'aot' || (table?.kind === 'value' && text[table.value.from] === '[');
  const path = many ? [...base, String(index)] : base;
  if (table === undefined || (!many && index !== 0) || placeOf(text, loc, path) === undefined) return refuse(`\`${metric}\` has no anomaly ${index + 1} in the text`);

  const old = (key: string): string | undefined => {
    const p = placeOf(text, loc, [...path, key]);
    return p?.kind === 'value' ? text.slice(p.value.from, p.value.to) : undefined;
  };
  const intervalMs = config.timeline?.intervalMs ?? DEFAULT_INTERVAL_MS;
  const startMs = config.timeline?.startMs;
  const spell = (samples: number, token: string | undefined): EditValue | undefined => {
    if (token === undefined || /^[+-]?\d[\d_]*$/.test(token)) return { toml: integerLike(samples, token) };
    if (token.startsWith('"') || token.startsWith("'")) return shortestDuration(samples * intervalMs);
    if (isDateTimeToken(token) && startMs !== undefined) {
      const spelled = dateTimeLike(startMs + samples * intervalMs, token);
      return spelled === undefined ? undefined : { toml: spelled };
    }
    return BigInt(samples); // another integer spelling (0x…): a plain integer
  };
  const edits: ValueEdit[] = [];
  for (const [key, samples, current] of [['at', atSample, now?.at], ['recovery_time', recoverySamples, now?.recoveryTime]] as const) {
    if (samples === current) continue;
    const value = spell(samples, old(key));
    if (value === undefined) return refuse('the new window cannot be written as a date-time (years 0000–9999)');
    edits.push({ path: [...path, key], value });
  }
  return setValues(text, edits);
}
