// The engine's public API. Pure TypeScript: no DOM, no React, nothing but smol-toml and
// seedrandom, so the CLI and the browser worker run the very same code. It exports what the
// other folders (and bench/, e2e/) use and nothing more; engine tests import modules directly.
export { DISTRIBUTIONS, EFFECTS, LABEL_MODES, PATTERNS, TIME_FORMATS, assertNever } from './types.ts';
export type { Config, Distribution, EffectKind, GenerationResult, GroundTruthWindow, LabelMode, PatternKind, SeedSource, TimeFormat } from './types.ts';
export { type Diagnostic } from './diagnostic.ts';
export { parseConfig } from './parseConfig.ts';
export { excerpt } from './quote.ts';
export { generate, resolveSeed, anomalyWindow, STRETCH } from './generate.ts';
export { metricStream } from './metricStream.ts';
export { datasetBlocks } from './blocks.ts';
export { csvBlock, csvHeader } from './csv.ts';
export { csvChunks, jsonChunks, toCsv, toJson } from './files.ts';
export { jsonDocument, type JsonHead } from './json.ts';
export { anomalyWindows, windowsOf } from './windows.ts';
export { resolveOutput } from './outputSettings.ts';
export { ColumnFormatter, jsonPiece } from './columnText.ts';
export { plainDecimal } from './formatNumber.ts';
export { KEY_DOCS } from './schema/table.ts';
export { allowedText, hasNamedTables, keyDoc, keysFor, keysIn, noiseArgsFor, scopeOfPath } from './schema/lookup.ts';
export { formatDuration, parseDuration } from './time/duration.ts';
export { epochMsOfText } from './time/dateTime.ts';
export { samplesFromDuration } from './time/samples.ts';
export { DEFAULT_INTERVAL_MS } from './validate/general.ts';
export type { KeyDoc, Scope } from './schema/keyDoc.ts';
export { withKeyTables } from './schema/keyTables.ts';
export { MAX_BROWSER_VALUES, MAX_CONFIG_CHARS, MAX_MAGNITUDE, formatCount } from './limits.ts';
export { MAX_SEED, drawSeed } from './rng.ts';
export { locateToml } from './locateToml.ts';
export { seedEdit, readSeed, parseSeedLiteral } from './editSeed.ts';
export { resultBlocks, type Block } from './blocks.ts';
export type { DatasetInfo, DatasetMetric, FormatLayout, FormatWriter, OutputFormat, OutputStream, Spool, WriterContext } from './formats/format.ts';
export { topLevelNames } from './formats/format.ts';
export { DEFAULT_FORMATS, FORMATS, formatById, formatIds } from './formats/registry.ts';
export { runWriters } from './formats/runWriters.ts';
export { configDataset, resultDataset } from './formats/dataset.ts';
export { formatFiles, memorySpool } from './formats/memoryOutput.ts';
