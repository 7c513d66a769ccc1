// The engine's public API. Pure TypeScript: no DOM, no React, nothing but smol-toml and
// seedrandom, so the CLI and the browser worker run the very same code. It exports what the
// other folders (and bench/, e2e/) use and nothing more; engine tests import modules directly.
export { DISTRIBUTIONS, LABEL_MODES, PATTERNS, TIME_FORMATS, assertNever } from './types.ts';
export type { AnomalyWindow, Config, Distribution, GenerationResult, LabelMode, PatternKind, SeedSource, TimeFormat } from './types.ts';
export { type Diagnostic } from './diagnostic.ts';
export { parseConfig } from './parseConfig.ts';
export { generate, resolveSeed, anomalyWindow, STRETCH } from './generate.ts';
export { metricStream } from './metricStream.ts';
export { datasetBlocks } from './blocks.ts';
export { csvBlock, csvHeader } from './csv.ts';
export { csvChunks, jsonChunks, toCsv, toJson } from './files.ts';
export { jsonDocument, type JsonHead } from './json.ts';
export { anomalyWindows } from './windows.ts';
export { resolveOutput } from './outputSettings.ts';
export { ColumnFormatter, jsonPiece } from './columnText.ts';
export { plainDecimal } from './formatNumber.ts';
export { keyDoc, keysIn, noiseArgsFor, type KeyDoc, type Scope } from './keyDocs.ts';
export { MAX_BROWSER_VALUES, MAX_CONFIG_CHARS, formatCount } from './limits.ts';
export { MAX_SEED, drawSeed } from './rng.ts';
export { locateToml } from './locateToml.ts';
export { seedEdit, readSeed, parseSeedLiteral } from './editSeed.ts';
