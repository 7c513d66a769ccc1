import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../src/engine/index.ts';

// The example configs as the repository holds them: what the Examples menu must offer, and
// the reference the specs compare the editor against.

export const CONFIG_DIR = 'configs';

export function exampleFiles(): string[] {
  return readdirSync(CONFIG_DIR)
    .filter((name) => name.endsWith('.toml'))
    .sort();
}

export function readExample(name: string): string {
  return readFileSync(join(CONFIG_DIR, name), 'utf8');
}

/** The metric names of a config in file order, as the engine reads them. */
export function metricNames(text: string): string[] {
  const { config } = parseConfig(text);
  if (!config) throw new Error('the config has errors');
  return config.metrics.map((metric) => metric.name);
}
