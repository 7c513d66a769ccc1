import { hoverTooltip, type Tooltip } from '@codemirror/view';
import { epochMsOfText, excerpt, formatCount, formatDuration, keyDoc, parseDuration, samplesFromDuration, type KeyDoc } from '../engine/index.ts';
import { distributionParams, docFacts } from './keyDocText.ts';
import { intervalOf, scopeOf, startOf } from './schemaScope.ts';
import { cursorContext } from './tomlCursor.ts';

// Hovering a key (or a table name in a header) shows its KEY_DOCS entry: what it means, its
// default and its limits. Hovering a distribution name shows the parameters it takes.

export interface HoverCard {
  readonly from: number;
  readonly to: number;
  readonly title: string;
  readonly summary: string;
  readonly facts: readonly (readonly [string, string])[];
}

const card = (from: number, to: number, doc: KeyDoc): HoverCard => ({ from, to, title: doc.key, summary: doc.summary, facts: docFacts(doc) });

/** The card for the key, table name or value at `pos`, if the schema knows it. */
export function hoverCardAt(text: string, pos: number): HoverCard | undefined {
  const ctx = cursorContext(text, pos);
  if (ctx.kind === 'none' || ctx.token.name === '') return undefined;
  const { from, to, name } = ctx.token;
  const scope = scopeOf(ctx.container);
  if (scope === undefined) return undefined;
  if (ctx.kind === 'value') {
    const doc = keyDoc(scope, ctx.key);
    if (doc !== undefined && ctx.token.quote !== undefined && (doc.also?.includes('duration') === true || doc.type === 'duration')) return durationCard(text, from, to, doc, name);
    if (doc?.also?.includes('date-time') === true && ctx.token.quote === undefined && /^\d{4}-\d\d-\d\d/.test(name)) return dateTimeCard(text, from, to, doc, name);
    if (doc?.values?.includes(name) !== true) return undefined;
    const params = doc.key === 'noise' ? distributionParams(name) : undefined;
    const facts: [string, string][] = params === undefined ? [] : [['Parameters', params]];
    return { from, to, title: `${doc.key} = "${name}"`, summary: doc.summary, facts: [...facts, ['Allowed', doc.values.join(', ')]] };
  }
  const doc = keyDoc(scope, name);
  return doc === undefined ? undefined : card(from, to, doc);
}

/** A duration value: how many samples it is at the document's interval (SPEC §7), or why it is not one. */
function durationCard(text: string, from: number, to: number, doc: KeyDoc, value: string): HoverCard {
  // A pasted text can put anything between the quotes: the title shows a short excerpt.
  const title = `${doc.key} = "${excerpt(value, 40)}"`;
  const ms = parseDuration(value);
  if (!ms.ok) return { from, to, title, summary: doc.summary, facts: [['Problem', ms.message]] };
  const interval = intervalOf(text);
  const every = formatDuration(interval);
  if (doc.key === 'interval') return { from, to, title, summary: doc.summary, facts: [['Milliseconds', formatCount(ms.value)]] };
  if (doc.key === 'duration') {
    const n = ms.value / interval;
    const samples = Number.isInteger(n) ? `${formatCount(n)} (num_samples) at an interval of ${every}` : `not a whole number of intervals (${every})`;
    return { from, to, title, summary: doc.summary, facts: [['Samples', samples]] };
  }
  const n = samplesFromDuration(ms.value, interval);
  return { from, to, title, summary: doc.summary, facts: [['Samples', `${formatCount(n)} at an interval of ${every}`]] };
}

/** A date-time `at`: the sample it falls on (nearest), counted from [general] start. */
function dateTimeCard(text: string, from: number, to: number, doc: KeyDoc, value: string): HoverCard | undefined {
  const ms = epochMsOfText(value);
  if (!ms.ok) return undefined;
  const title = `${doc.key} = ${value}`;
  const start = startOf(text);
  if (start === undefined) return { from, to, title, summary: doc.summary, facts: [['Sample', 'needs [general] start']] };
  if (ms.value < start) return { from, to, title, summary: doc.summary, facts: [['Sample', 'before the start of the series']] };
  const interval = intervalOf(text);
  const n = samplesFromDuration(ms.value - start, interval);
  return { from, to, title, summary: doc.summary, facts: [['Sample', `${formatCount(n)} (at an interval of ${formatDuration(interval)} from the start)`]] };
}

function render(c: HoverCard): HTMLElement {
  const dom = document.createElement('div');
  dom.className = 'cm-keyDoc';
  const title = dom.appendChild(document.createElement('code'));
  title.className = 'cm-keyDoc-title';
  title.textContent = c.title;
  const summary = dom.appendChild(document.createElement('p'));
  summary.textContent = c.summary;
  if (c.facts.length > 0) {
    const list = dom.appendChild(document.createElement('dl'));
    for (const [label, value] of c.facts) {
      list.appendChild(document.createElement('dt')).textContent = label;
      list.appendChild(document.createElement('dd')).textContent = value;
    }
  }
  return dom;
}

/** hoverTooltip extension over hoverCardAt. */
export const tomlHover = hoverTooltip((view, pos, side): Tooltip | null => {
  const text = view.state.doc.toString();
  // at a token's first character the pointer is on it, though the position is before it
  const c = hoverCardAt(text, pos) ?? (side > 0 ? hoverCardAt(text, pos + 1) : undefined);
  if (c === undefined) return null;
  return { pos: c.from, end: c.to, above: true, create: () => ({ dom: render(c) }) };
});
