// The engine's public API. Pure TypeScript: no DOM, no React, nothing but smol-toml and
// seedrandom, so the CLI and the browser worker run the very same code.
export * from './types.ts';
export { LineIndex, type Diagnostic, type Range, type Severity } from './diagnostic.ts';
export { parseConfig, type ParseOptions, type ParseResult } from './parseConfig.ts';
export { generate, resolveSeed, anomalyWindow, STRETCH, type GenerateOptions } from './generate.ts';
export { metricStream, type MetricStream } from './metricStream.ts';
export { datasetBlocks, resultBlocks, type Block } from './blocks.ts';
export { csvBlock, csvField, csvHeader } from './csv.ts';
export { csvChunks, jsonChunks, toCsv, toJson } from './files.ts';
export { jsonDocument, type JsonHead, type JsonMetric } from './json.ts';
export { anomalyWindows, windowsOf } from './windows.ts';
export { resolveOutput, type CsvLayout, type OutputSource } from './outputSettings.ts';
export { ColumnFormatter, jsonPiece, type ColumnText } from './columnText.ts';
export { decodeAll } from './chunkWriter.ts';
export { plainDecimal } from './formatNumber.ts';
export { KEY_DOCS, SCOPES } from './schema/table.ts';
export { allowedText, hasNamedTables, keyDoc, keysFor, keysIn, noiseArgsFor, scopeOfPath } from './schema/lookup.ts';
export { formatDuration, parseDuration } from './time/duration.ts';
export { epochMsOfText, isoFormatter } from './time/dateTime.ts';
export { samplesFromDuration } from './time/samples.ts';
export { DEFAULT_INTERVAL_MS } from './validate/general.ts';
export type { KeyDoc, KeyType, PathPattern, Scope, ScopeDoc } from './schema/keyDoc.ts';
export { keyTablesMarkdown } from './schema/keyTables.ts';
export { MAX_BROWSER_VALUES, MAX_CONFIG_CHARS, MAX_MAGNITUDE, MAX_SAMPLES, formatCount } from './limits.ts';
export { MAX_SEED, drawSeed } from './rng.ts';
export { locateToml, type EntryLocation, type TomlLocations } from './locateToml.ts';
export { nearest } from './suggest.ts';
export { seedEdit, readSeed, parseSeedLiteral, type TextEdit } from './editSeed.ts';
