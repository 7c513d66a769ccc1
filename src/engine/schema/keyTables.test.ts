import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../parseConfig.ts';
import { keyTablesMarkdown, withKeyTables } from './keyTables.ts';
import { KEY_DOCS } from './table.ts';

// The README's key tables are generated from the schema: this fails when someone edits the
// schema without running `npm run docs:keys`, or edits the generated tables by hand.

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe("README's key tables", () => {
  it('are current with the schema (run `npm run docs:keys` when this fails)', () => {
    const current = withKeyTables(README);
    expect(current).toBeDefined();
    expect(current === README).toBe(true);
  });
  it('list every key of every scope but the root, with its limits', () => {
    const md = keyTablesMarkdown();
    for (const d of KEY_DOCS.filter((k) => k.scope !== 'root')) {
      expect(md).toContain(`\`${d.key}\``);
      if (d.limits !== undefined) expect(md).toContain(d.limits);
    }
  });
  it('notice a hand edit between the markers', () => {
    const edited = README.replace('| `seed` |', '| `seeds` |');
    expect(edited).not.toBe(README);
    expect(withKeyTables(edited)).toBe(README);
  });
});

describe("README's config examples", () => {
  const blocks = [...README.matchAll(/```toml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  it('are there', () => expect(blocks.length).toBeGreaterThanOrEqual(2));
  it.each(blocks.map((b, i) => [i + 1, b] as const))('example %i validates without a diagnostic', (_i, block) => {
    expect(parseConfig(block).diagnostics).toEqual([]);
  });
});
