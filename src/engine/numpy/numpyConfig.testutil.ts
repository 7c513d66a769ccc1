import { parseConfig } from '../parseConfig.ts';
import type { Config } from '../types.ts';

/** A config's text in numpy mode: `rng = "numpy"` added under [general]. */
export function inNumpyMode(text: string): string {
  if (!/^\s*\[general\]\s*$/m.test(text)) throw new Error('the config has no [general] line');
  return text.replace(/^(\s*\[general\]\s*)$/m, '$1\nrng = "numpy"');
}

export function numpyConfig(text: string, maxSamples?: number): Config {
  const { config, diagnostics } = parseConfig(inNumpyMode(text), maxSamples === undefined ? {} : { maxSamples });
  if (!config) throw new Error(diagnostics.map((d) => `${d.line}: ${d.message}`).join('\n'));
  return config;
}
