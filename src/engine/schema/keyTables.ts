import { DISTRIBUTIONS } from '../types.ts';
import type { KeyDoc } from './keyDoc.ts';
import { allowedText, keyDoc, keysIn, noiseArgsFor } from './lookup.ts';
import { SCOPES } from './table.ts';

// The README's key tables, written from the schema (npm run docs:keys): the same words that
// hover and the error messages use. keyTables.test.ts fails when README.md is not current.

export const BEGIN = '<!-- keys:begin — generated from src/engine/schema/table.ts by `npm run docs:keys`; do not edit by hand -->';
export const END = '<!-- keys:end -->';

/** A table cell: one line, no unescaped pipe. */
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

const where = (d: KeyDoc): string => SCOPES.find((s) => s.scope === d.scope)?.where ?? d.scope;

function keyRow(d: KeyDoc): string {
  const required = !d.required ? 'no' : d.requiredUnless !== undefined ? `yes, or \`${d.requiredUnless}\`` : d.readBy !== undefined ? `for ${d.readBy.join(', ')}` : 'yes';
  return `| \`${d.key}\` | ${where(d)} | ${required} | ${cell(d.default ?? '—')} | ${cell(allowedText(d))} | ${cell(d.summary)} |`;
}

/** The markdown between the markers: every key, then noise_args by distribution. */
export function keyTablesMarkdown(): string {
  const keys = (['general', 'metric', 'trend', 'season', 'random_walk', 'anomaly', 'pattern_args', 'output'] as const).flatMap((s) => keysIn(s));
  const window = keyDoc('noise_args', 'smoothing_window');
  const lines = [
    '| key | where | required | default | allowed | meaning |',
    '|---|---|---|---|---|---|',
    ...keys.map(keyRow),
    '',
    '`noise_args`, with NumPy\'s names and defaults:',
    '',
    '| noise | parameters (default) |',
    '|---|---|',
    ...DISTRIBUTIONS.map((dist) => {
      const params = noiseArgsFor(dist).filter((d) => d.readBy !== undefined && d.readBy.length < DISTRIBUTIONS.length);
      return `| \`${dist}\` | ${params.map((d) => `\`${d.key}\` (${d.default ?? '—'}): ${cell(d.limits ?? d.type)}`).join('; ')} |`;
    }),
  ];
  if (window) lines.push('', `Every distribution also takes \`smoothing_window\` — ${window.limits}; default ${window.default}. ${window.summary}`);
  return lines.join('\n');
}

/** `readme` with the text between the markers replaced by the current tables; undefined without markers. */
export function withKeyTables(readme: string): string | undefined {
  const from = readme.indexOf(BEGIN);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) return undefined;
  return `${readme.slice(0, from + BEGIN.length)}\n${keyTablesMarkdown()}\n${readme.slice(to)}`;
}
