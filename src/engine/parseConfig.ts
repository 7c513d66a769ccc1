import { parse, TomlError } from 'smol-toml';
import { Checker } from './checker.ts';
import { LineIndex, makeDiagnostic, type Diagnostic } from './diagnostic.ts';
import { formatCount, MAX_CONFIG_CHARS, MAX_SAMPLES } from './limits.ts';
import { locateToml } from './locateToml.ts';
import type { Config } from './types.ts';
import { validateConfig } from './validateConfig.ts';

export interface ParseResult {
  /** Present exactly when there is no error-severity diagnostic. */
  readonly config: Config | undefined;
  /** Sorted by position. */
  readonly diagnostics: readonly Diagnostic[];
}

export interface ParseOptions {
  /** num_samples cap; defaults to MAX_SAMPLES. */
  readonly maxSamples?: number;
}

/** Text → validated config and diagnostics. Never throws on any input text. */
export function parseConfig(text: string, options: ParseOptions = {}): ParseResult {
  const index = new LineIndex(text.length > MAX_CONFIG_CHARS ? '' : text);
  if (text.length > MAX_CONFIG_CHARS) {
    const d = makeDiagnostic(index, 'error', { from: 0, to: 0 }, `the config is too large (${formatCount(text.length)} characters; the limit is ${formatCount(MAX_CONFIG_CHARS)})`);
    return { config: undefined, diagnostics: [d] };
  }
  let data: Record<string, unknown>;
  try {
    data = parse(text, { integersAsBigInt: 'asNeeded', maxDepth: 64 });
  } catch (e) {
    return { config: undefined, diagnostics: [syntaxDiagnostic(e, text, index)] };
  }
  const checker = new Checker(text, locateToml(text), index);
  const config = validateConfig(checker, data, options.maxSamples ?? MAX_SAMPLES);
  const diagnostics = [...checker.diagnostics].sort((a, b) => a.from - b.from || a.to - b.to);
  return { config: checker.hasErrors ? undefined : config, diagnostics };
}

function syntaxDiagnostic(e: unknown, text: string, index: LineIndex): Diagnostic {
  if (e instanceof TomlError) {
    // smol-toml's message is "Invalid TOML document: <reason>\n\n<code excerpt>"; keep the reason.
    const reason = (e.message.split('\n')[0] ?? '').replace(/^Invalid TOML document:\s*/, '');
    const from = index.offset(e.line, e.column);
    const to = Math.min(text.length, from + 1);
    return makeDiagnostic(index, 'error', { from: to > from ? from : Math.max(0, from - 1), to }, `TOML syntax error: ${reason}`);
  }
  return makeDiagnostic(index, 'error', { from: 0, to: 0 }, `the config could not be read: ${e instanceof Error ? e.message : String(e)}`);
}
