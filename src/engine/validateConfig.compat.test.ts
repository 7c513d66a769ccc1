import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJson } from './files.ts';
import { generate } from './generate.ts';
import { parseConfig } from './parseConfig.ts';

// Compatibility of SPEC part two: every example config must validate to the very Config it gave
// before the schema and §7–§10 were wired, and write the same JSON bytes. The expected values in
// testdata/configs-before-schema.json were written by the code before that change (commit
// 4f12207's validation; the JSON by the `outputs` branch's writers over that validation), not by
// the code under test. The CSV bytes are pinned by the golden hashes in generate.test.ts.

const dir = join(import.meta.dirname, '..', '..', 'configs');
const before = JSON.parse(readFileSync(join(import.meta.dirname, 'testdata', 'configs-before-schema.json'), 'utf8')) as Record<string, { config: unknown; jsonSha256: string }>;
/** The stored form: JSON with undefined written as null. */
const stored = (v: unknown): unknown => JSON.parse(JSON.stringify(v, (_k, x: unknown) => (x === undefined ? null : x)));

describe('every configs/*.toml validates as before', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.toml')).sort();
  it('has a stored expectation for every example', () => {
    expect(files).toEqual(Object.keys(before).sort());
  });
  it.each(files)('%s: the same Config, no diagnostics, the same JSON bytes', (f) => {
    const { config, diagnostics } = parseConfig(readFileSync(join(dir, f), 'utf8'));
    expect(diagnostics).toEqual([]);
    expect(stored(config)).toEqual(before[f]?.config);
    // no key of part two appears on a config that uses none
    expect(config && Object.keys(config).sort()).toEqual(['metrics', 'numSamples', 'seed']);
    const json = config === undefined ? '' : toJson(generate(config));
    expect(createHash('sha256').update(json).digest('hex')).toBe(before[f]?.jsonSha256);
  });
});
