import { parse, TomlError } from 'smol-toml';
import { Checker } from './checker.ts';
import { LineIndex, makeDiagnostic, type Diagnostic } from './diagnostic.ts';
import { formatCount, MAX_CONFIG_CHARS, MAX_SAMPLES } from './limits.ts';
import { locateToml, MAX_KEY_SEGMENTS } from './locateToml.ts';
import { excerpt, quoteName } from './quote.ts';
import { explainSyntax } from './syntax/explainSyntax.ts';
import type { Config, RngMode } from './types.ts';
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
  /**
   * Cap on num_samples × metrics, for a caller that holds every value in memory at once (the
   * playground passes MAX_BROWSER_VALUES); none by default, since the CLI streams.
   */
  readonly maxValues?: number;
  /** SPEC §12's mode from outside the file (the CLI's --rng), over [general] rng. */
  readonly rng?: RngMode;
  /** A seed comes from outside the file (the CLI's --seed): numpy mode needs none in it. */
  readonly seedGiven?: boolean;
}

/** Text → validated config and diagnostics. Never throws on any input text. */
export function parseConfig(text: string, options: ParseOptions = {}): ParseResult {
  const index = new LineIndex(text.length > MAX_CONFIG_CHARS ? '' : text);
  if (text.length > MAX_CONFIG_CHARS) {
    const d = makeDiagnostic(index, 'error', { from: 0, to: 0 }, `the config is too large (${formatCount(text.length)} characters; the limit is ${formatCount(MAX_CONFIG_CHARS)})`);
    return { config: undefined, diagnostics: [d] };
  }
  // The locator runs first: it is linear whatever the text, and it finds a dotted key too deep
  // for any config, which smol-toml would turn into that many nested tables (seconds at 500,000).
  const locations = locateToml(text);
  if (locations.tooDeep) {
    const { range, segments } = locations.tooDeep;
    const message = `the key ${quoteName(text.slice(range.from, range.to))} has ${formatCount(segments)} dotted parts; a config key has at most ${MAX_KEY_SEGMENTS}`;
    return { config: undefined, diagnostics: [makeDiagnostic(index, 'error', range, message)] };
  }
  let data: Record<string, unknown>;
  try {
    data = parse(text, { integersAsBigInt: 'asNeeded', maxDepth: 64 });
  } catch (e) {
    return { config: undefined, diagnostics: [syntaxDiagnostic(e, text, index)] };
  }
  const checker = new Checker(text, locations, index);
  const config = validateConfig(checker, data, { maxSamples: options.maxSamples ?? MAX_SAMPLES, maxValues: options.maxValues, rng: options.rng, seedGiven: options.seedGiven === true });
  const diagnostics = [...checker.diagnostics].sort((a, b) => a.from - b.from || a.to - b.to);
  return { config: checker.hasErrors ? undefined : config, diagnostics };
}

function syntaxDiagnostic(e: unknown, text: string, index: LineIndex): Diagnostic {
  if (e instanceof TomlError) {
    // smol-toml's message is "Invalid TOML document: <reason>\n\n<code excerpt>"; keep the reason.
    const reason = (e.message.split('\n')[0] ?? '').replace(/^Invalid TOML document:\s*/, '');
    const { range, message } = explainSyntax(text, reason, index.offset(e.line, e.column));
    return makeDiagnostic(index, 'error', range, message);
  }
  return makeDiagnostic(index, 'error', { from: 0, to: 0 }, `the config could not be read: ${excerpt(e instanceof Error ? e.message : String(e), 200)}`);
}
