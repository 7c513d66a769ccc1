import { allowedText, DISTRIBUTIONS, noiseArgsFor, type KeyDoc } from '../engine/index.ts';

// How a KEY_DOCS entry reads in the editor: one short line for a completion item's detail,
// labelled facts for the hover card. Both come from the engine's table, so the editor says
// exactly what validation enforces.

/** Label/value pairs, in reading order. */
export function docFacts(doc: KeyDoc): [label: string, value: string][] {
  const facts: [string, string][] = [];
  facts.push(['Type', doc.type === 'table' ? 'table' : doc.type]);
  if (doc.required) facts.push(['Required', 'yes']);
  if (doc.default !== undefined) facts.push(['Default', doc.default]);
  if (doc.limits !== undefined || doc.also !== undefined) facts.push(['Allowed', allowedText(doc)]);
  if (doc.readBy !== undefined) facts.push(['Used by', doc.readBy.join(', ')]);
  return facts;
}

/** One line for a completion list: "required · an integer from 1 to …" or "default: 1 · …". */
export function docDetail(doc: KeyDoc): string {
  // the parenthesised explanation of a default belongs to the hover card, not the list
  const dflt = doc.default?.replace(/ \(.*\)$/, '');
  const head = doc.required ? 'required' : dflt !== undefined ? `default: ${dflt}` : 'optional';
  return doc.limits === undefined ? head : `${head} · ${doc.limits}`;
}

/** "loc = 0, scale = 1, smoothing_window = 1" for a distribution name; undefined for other strings. */
export function distributionParams(name: string): string | undefined {
  const dist = DISTRIBUTIONS.find((d) => d === name);
  if (dist === undefined) return undefined;
  return noiseArgsFor(dist)
    .map((d) => (d.default === undefined ? d.key : `${d.key} = ${d.default.replace(/ \(.*\)$/, '')}`))
    .join(', ');
}
