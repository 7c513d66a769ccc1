import { snippet, startCompletion, type Completion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import type { EditorView } from '@codemirror/view';
import { assertNever, EFFECTS, hasNamedTables, keyDoc, keysFor, keysIn, noiseArgsFor, scopeOfPath, type Distribution, type KeyDoc } from '../engine/index.ts';
import { distributionParams, docDetail } from './keyDocText.ts';
import { anomalyNames, metricNames, noiseOf, scopeOf, valueInTable } from './schemaScope.ts';
import { cursorContext, type CursorContext, type Token } from './tomlCursor.ts';

// Schema-aware completion. Every option comes from the engine's KEY_DOCS table (keys, their
// summaries, defaults and limits, the allowed string values), plus the metric names of the
// document for `[anomalies.`.

type Ctx<K extends CursorContext['kind']> = Extract<CursorContext, { kind: K }>;

const BARE_NAME = /^[A-Za-z0-9_-]+$/;
const WORD = /^[A-Za-z0-9_-]*$/;

/** An apply function that inserts `template` (a snippet, `${}` marks the cursor) and reopens completion. */
function applyThenComplete(template: string): (view: EditorView, c: Completion, from: number, to: number) => void {
  const insert = snippet(template);
  return (view, c, from, to) => {
    insert(view, c, from, to);
    startCompletion(view);
  };
}

function headerOptions(text: string, ctx: Ctx<'header'>): Completion[] {
  const close = ctx.closed ? '' : ctx.array ? ']]' : ']';
  const [top, metric, ...rest] = ctx.container;
  if (rest.length > 0) return [];
  if (top === undefined) {
    // `[[` opens an array of tables: of the root tables only [[anomalies.NAME]] is one
    return keysIn('root').filter((d) => !ctx.array || d.key === 'anomalies').map((d, i) => ({
      label: d.key,
      boost: -i,
      type: 'class',
      info: d.summary,
      detail: d.required ? 'required table' : 'optional table',
      // [metrics. and [anomalies. are followed by a name, so completion reopens there
      apply: hasNamedTables(d.key) ? applyThenComplete(`${d.key}.\${}`) : `${d.key}${close}`,
    }));
  }
  if (metric === undefined && top === 'anomalies') {
    const taken = new Set(anomalyNames(text));
    return metricNames(text).map((name, i) => ({
      label: name,
      type: 'variable',
      // another [[anomalies.X]] for a metric that has some is what `[[` is for
      detail: taken.has(name) ? 'metric, already has an anomaly' : 'metric',
      boost: (taken.has(name) && !ctx.array ? -50 : 0) - i,
      apply: (ctx.token.quote !== undefined || BARE_NAME.test(name) ? name : JSON.stringify(name)) + close,
    }));
  }
  const scope = metric === undefined ? undefined : scopeOfPath([top, metric]);
  if (scope === undefined || ctx.container.length !== 2) return [];
  // sub-tables of a metric or an anomaly: [metrics.x.trend], [[metrics.x.seasonality]], …
  const kind = ctx.array ? 'array of tables' : 'table';
  return keysIn(scope).filter((d) => d.type === kind).map((d, i) => ({ label: d.key, type: 'class', info: d.summary, boost: -i, apply: d.key + close }));
}

/** The noise_args keys for the metric whose table (or inline table) holds the cursor. */
function noiseArgKeys(text: string, container: readonly string[]): readonly KeyDoc[] {
  const metric = container[1];
  const dist: Distribution | undefined = metric === undefined ? undefined : noiseOf(text, metric);
  return dist === undefined ? keysIn('noise_args') : noiseArgsFor(dist);
}

/** An anomaly's keys: those its effect reads, once the table names a known effect (default scale). */
function anomalyKeys(text: string, pos: number): readonly KeyDoc[] {
  const effect = valueInTable(text, pos, 'effect') ?? 'scale';
  return EFFECTS.some((e) => e === effect) ? keysFor('anomaly', effect) : keysIn('anomaly');
}

function keyOptions(text: string, ctx: Ctx<'key'>): Completion[] {
  const scope = scopeOf(ctx.container);
  if (scope === undefined || scope === 'root') return [];
  const docs = scope === 'noise_args' ? noiseArgKeys(text, ctx.container) : scope === 'anomaly' ? anomalyKeys(text, ctx.token.from) : keysIn(scope);
  // Append ` = …` only when typing a new bare key, not when renaming one that has its value.
  const eol = text.indexOf('\n', ctx.token.to);
  const lineRest = text.slice(ctx.token.to, eol < 0 ? text.length : eol);
  const bareNew = ctx.token.quote === undefined && !/^\s*[=.]/.test(lineRest);
  return docs
    .filter((d) => !ctx.present.has(d.key))
    .map((d, i): Completion => {
      // required keys first, then the table's order
      const option: Completion = { label: d.key, type: 'property', info: d.summary, detail: docDetail(d), boost: (d.required ? 50 : 0) - i };
      if (!bareNew) return { ...option, apply: ctx.token.quote !== undefined && !ctx.token.closed ? d.key + ctx.token.quote : d.key };
      if (d.type === 'table') return { ...option, apply: applyThenComplete(`${d.key} = { \${} }`) };
      if (d.values !== undefined) return { ...option, apply: applyThenComplete(`${d.key} = "\${}"`) };
      return { ...option, apply: `${d.key} = ` };
    });
}

function valueOptions(ctx: Ctx<'value'>): Completion[] {
  const scope = scopeOf(ctx.container);
  const doc = scope === undefined ? undefined : keyDoc(scope, ctx.key);
  if (doc?.values === undefined) return [];
  const { quote, closed } = ctx.token;
  return doc.values.map((v, i): Completion => {
    const params = ctx.key === 'noise' ? distributionParams(v) : undefined;
    // boost keeps the table's order (gaussian first) instead of the alphabetical one
    const option: Completion = { label: v, type: 'enum', info: doc.summary, boost: -i, apply: quote === undefined ? `"${v}"` : closed ? v : v + quote };
    return params === undefined ? option : { ...option, detail: params };
  });
}

/** Whether an empty prefix should open the list without Ctrl-Space. */
function worthOpening(text: string, ctx: CursorContext, token: Token): boolean {
  if (token.prefix !== '') return true;
  const before = text.slice(text.lastIndexOf('\n', token.from - 1) + 1, token.from);
  switch (ctx.kind) {
    case 'none':
      return false;
    case 'header':
    case 'value':
      return true; // right after `[`, `.`, `= ` or an opening quote
    case 'key':
      return /[{,.]\s*$/.test(before); // in an inline table or after a dot, not at every indent
    default:
      return assertNever(ctx);
  }
}

export function tomlCompletion(context: CompletionContext): CompletionResult | null {
  const text = context.state.doc.toString();
  const ctx = cursorContext(text, context.pos);
  if (ctx.kind === 'none') return null;
  if (!context.explicit && !worthOpening(text, ctx, ctx.token)) return null;
  const options = ctx.kind === 'header' ? headerOptions(text, ctx) : ctx.kind === 'key' ? keyOptions(text, ctx) : valueOptions(ctx);
  if (options.length === 0) return null;
  return { from: ctx.token.from, options, validFor: WORD };
}
