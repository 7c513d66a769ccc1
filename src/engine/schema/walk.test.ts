import { describe, expect, it } from 'vitest';
import { parseConfig } from '../parseConfig.ts';
import { keysIn } from './lookup.ts';
import { MAX_UNKNOWN_REPORTS } from './walk.ts';

// The generic walk of the schema, seen through parseConfig: every key the table lists is
// checked where it is written, and unknown keys are reported, a bounded number per table.

const BASE = '[general]\nnum_samples = 10\n[metrics.cpu]\nvalue = 1\nnoise = "gaussian"\n[anomalies.cpu]\nat = 1\nanomaly_factor = 2\npattern = "oscillating"\nrecovery_time = 2\n';
const TABLE_OF = { general: '[general]', metric: '[metrics.cpu]', anomaly: '[anomalies.cpu]' } as const;

/** BASE with `line` set in the table `header` (replacing the key if BASE has it). */
function withKey(header: string, key: string, line: string): string {
  const lines = BASE.split('\n').filter((l) => !l.startsWith(`${key} =`));
  const at = lines.indexOf(header);
  lines.splice(at + 1, 0, line);
  return lines.join('\n');
}

describe('every scalar key of the schema is checked where it is written', () => {
  const cases = (['general', 'metric', 'anomaly'] as const).flatMap((scope) =>
    // the base's anomaly is a scale effect, so `delta` is not read there; `duration` would also clash with num_samples
    keysIn(scope).filter((d) => !['table', 'array of tables'].includes(d.type) && d.key !== 'delta' && d.key !== 'duration')
      .map((d) => ({ scope, key: d.key, limits: d.limits ?? '' })));
  it.each(cases)('$key = [1, 2] in $scope is a located error that says what is allowed', ({ scope, key, limits }) => {
    const text = withKey(TABLE_OF[scope], key, `${key} = [1, 2]`);
    const { config, diagnostics } = parseConfig(text);
    expect(config).toBeUndefined();
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(text.slice(errors[0]?.from, errors[0]?.to)).toBe('[1, 2]');
    expect(errors[0]?.message).toContain(`\`${key}\` must be ${limits}`);
  });
});

describe('unknown keys', () => {
  it('are a warning at the key that names the nearest known one', () => {
    const text = withKey('[metrics.cpu]', 'stepsize', 'stepsize = 1');
    const { config, diagnostics } = parseConfig(text);
    expect(config).toBeDefined();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toBe('unknown key `stepsize` in [metrics.cpu], ignored — did you mean `step_size`?');
    expect(text.slice(diagnostics[0]?.from, diagnostics[0]?.to)).toBe('stepsize');
  });
  it(`are listed one by one up to ${MAX_UNKNOWN_REPORTS} per table, then summed up once`, () => {
    const many = Array.from({ length: 250 }, (_, i) => `x${i} = 1`).join('\n');
    const { config, diagnostics } = parseConfig(withKey('[metrics.cpu]', 'x', many));
    expect(config).toBeDefined();
    expect(diagnostics).toHaveLength(MAX_UNKNOWN_REPORTS + 1);
    expect(diagnostics.at(-1)?.message).toBe('…and 150 more unknown keys in [metrics.cpu] from here on, not listed one by one');
  });
  it('in noise_args stay errors, and so does their summary', () => {
    const many = Array.from({ length: 150 }, (_, i) => `x${i} = 1`).join('\n');
    const { config, diagnostics } = parseConfig(`${BASE}[metrics.cpu.noise_args]\n${many}\n`);
    expect(config).toBeUndefined();
    expect(diagnostics).toHaveLength(MAX_UNKNOWN_REPORTS + 1);
    expect(diagnostics.every((d) => d.severity === 'error')).toBe(true);
    expect(diagnostics.at(-1)?.message).toBe('…and 50 more unknown keys in `noise_args` from here on, not listed one by one');
  });
});
