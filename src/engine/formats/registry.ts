import { csvFormat } from './csvFormat.ts';
import type { OutputFormat } from './format.ts';
import { jsonFormat } from './jsonFormat.ts';
import { nabFormat } from './nabFormat.ts';
import { openMetricsFormat } from './openMetricsFormat.ts';
import { parquetFormat } from './parquetFormat.ts';

// Every output format with its writer, in the order menus and help list them. Adding a format
// is its entry in catalog.ts (names and checks: what the page's Download menu lists), its module
// (see format.ts for the interface) and one entry here. The page imports only the catalog; a
// format that needs a heavy library loads it inside its create(), for the worker and CLI too.

export const FORMATS: readonly OutputFormat[] = [csvFormat, jsonFormat, openMetricsFormat, nabFormat, parquetFormat];

/** The formats written when none are asked for (SPEC §11). */
export const DEFAULT_FORMATS: readonly string[] = ['csv', 'json'];

export function formatById(id: string): OutputFormat | undefined {
  return FORMATS.find((f) => f.id === id);
}

export function formatIds(): string[] {
  return FORMATS.map((f) => f.id);
}
