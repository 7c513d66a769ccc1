import type { EditorView } from '@codemirror/view';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { encodeShare } from '../src/share/shareCodec.ts';

// The page object for the playground: everything a spec does to the page goes through here,
// so a change of markup means one edit, not twenty. Locators follow the contract in issue 3
// (§8) and otherwise what a user sees — roles and accessible names.

/** The Download menu's items, by their names. */
export type DownloadKind = 'CSV' | 'JSON' | 'OpenMetrics' | 'NAB (ZIP)';

export interface SavedDownload {
  readonly path: string;
  readonly suggestedFilename: string;
}

type ViewFn<A, R> = (view: EditorView, arg: A) => R;

export class Playground {
  readonly main: Locator;
  readonly editor: Locator;
  readonly charts: Locator;
  readonly anomalyWindows: Locator;
  readonly banner: Locator;
  readonly errorMarks: Locator;
  readonly errorGutterMarkers: Locator;
  readonly anyLintMark: Locator;
  readonly completions: Locator;
  readonly seedField: Locator;
  readonly rerollButton: Locator;
  readonly examplesButton: Locator;
  readonly shareButton: Locator;
  readonly restoreDraftButton: Locator;
  /** The standing message over a text that was not run because its last run never finished. */
  readonly heldNotice: Locator;
  readonly runItButton: Locator;
  /** The standing message while storage refuses to save the drafts. */
  readonly saveFailure: Locator;
  /** The status bar's word on the draft: "Draft saved", "Saving draft…", "Draft not saved". */
  readonly draftStatus: Locator;
  readonly progress: Locator;
  /** The message of the moment under the header (a link opened, a run stopped, a failure). */
  readonly notices: Locator;
  /** The page's live region, its polite and its assertive half: what a screen reader is told. */
  readonly politeAnnouncer: Locator;
  readonly urgentAnnouncer: Locator;

  constructor(
    readonly page: Page,
    private readonly outputPath: (name: string) => string,
  ) {
    this.main = page.locator('main');
    this.editor = page.locator('.cm-content');
    this.charts = page.getByTestId('metric-chart');
    this.anomalyWindows = page.locator('.anomaly-window');
    // The banner over the dimmed charts that names the first error and its line (read out by
    // the page's live region, not a live region itself).
    this.banner = page.getByTestId('error-banner');
    this.errorMarks = page.locator('.cm-lintRange-error');
    this.errorGutterMarkers = page.locator('.cm-lint-marker-error');
    this.anyLintMark = page.locator('.cm-lintRange, .cm-lint-marker');
    this.completions = page.locator('.cm-tooltip-autocomplete');
    this.seedField = page
      .getByRole('spinbutton', { name: /seed/i })
      .or(page.getByRole('textbox', { name: /seed/i }));
    this.rerollButton = page.getByRole('button', { name: /re-?roll/i });
    this.examplesButton = page.getByRole('button', { name: 'Examples' });
    this.shareButton = page.getByRole('button', { name: 'Share' });
    this.restoreDraftButton = page.getByRole('button', { name: /restore my draft/i });
    this.notices = page.getByTestId('notice');
    this.politeAnnouncer = page.getByRole('status');
    this.urgentAnnouncer = page.getByRole('alert');
    this.heldNotice = page.getByTestId('held-notice');
    this.runItButton = page.getByRole('button', { name: 'Run it', exact: true });
    this.saveFailure = page.getByTestId('save-failure');
    this.draftStatus = page.getByTestId('status-draft');
    this.progress = page.getByRole('progressbar', { name: /generating/i });
  }

  chart(metric: string): Locator {
    return this.page.getByRole('figure', { name: `${metric} chart`, exact: true });
  }

  /** The chart's drawing: its one Tab stop, named after the metric, that the arrow keys operate. */
  chartPlot(metric: string): Locator {
    return this.chart(metric).getByRole('application', { name: metric, exact: true });
  }

  /** The keyboard cursor's hover card on a metric's chart. */
  keyCursorCard(metric: string): Locator {
    return this.chart(metric).getByTestId('key-cursor-card');
  }

  async goto(path = '/'): Promise<void> {
    await this.page.goto(path);
    await this.waitReady();
  }

  /**
   * Waits until the worker has answered the current text and the charts are drawn, and the
   * editor, which the page starts after the first charts (useDeferredEditor), is there.
   */
  async waitReady(): Promise<void> {
    await expect(this.main).toHaveAttribute('data-run-state', 'ready');
    await expect(this.charts.first()).toBeVisible();
    await expect(this.editor).toBeVisible();
  }

  /**
   * Runs `fn` against the page's CodeMirror view. CodeMirror keeps no global handle; the view
   * is reachable from its content element (`cmTile.root.view`, what EditorView.findFromDOM
   * reads in @codemirror/view 6.4x). Reading the document this way sees every line, where the
   * DOM holds only the lines scrolled into view. `fn` is sent to the page as source, so it may
   * use only its arguments.
   */
  async withView<A, R>(fn: ViewFn<A, R>, arg: A): Promise<R> {
    await this.editor.waitFor(); // the editor arrives after the first charts
    return this.page.evaluate(
      ([source, value]) => {
        type Tile = { root?: { view?: EditorView } };
        const content = document.querySelector('.cm-content') as (Element & { cmTile?: Tile }) | null;
        const view = content?.cmTile?.root?.view;
        if (!view) throw new Error('no CodeMirror view on the page');
        const run = new Function('view', 'arg', `return (${source})(view, arg);`) as ViewFn<unknown, R>;
        return run(view, value);
      },
      [fn.toString(), arg] as [string, unknown],
    );
  }

  /** The whole editor text. */
  async text(): Promise<string> {
    return this.withView((view) => view.state.doc.toString(), null);
  }

  /** Replaces the whole text the way a user pastes: select all, then one insertion. */
  async setText(text: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.insertText(text);
  }

  /**
   * Replaces the whole text by pasting it from the clipboard, as a user brings in a long text
   * (typing or insertText would take minutes for hundreds of thousands of characters).
   */
  async pasteText(text: string): Promise<void> {
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.editor.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('ControlOrMeta+V');
    await expect.poll(() => this.withView((view) => view.state.doc.length, null), { message: 'the pasted text is in the editor' }).toBe(text.length);
  }

  /** Waits until the page says the current draft is saved. */
  async waitDraftSaved(): Promise<void> {
    await expect(this.draftStatus).toHaveText('Draft saved');
  }

  /** Examples → Earlier drafts → the entry whose title matches `title` ("My draft", …). */
  async restoreEarlierDraft(title: string | RegExp): Promise<void> {
    await this.examplesButton.click();
    await this.page.getByRole('menuitem', { name: title }).first().click();
  }

  /** The 1-based number of the first line whose text matches `pattern`. */
  async lineOf(pattern: RegExp): Promise<number> {
    const lines = (await this.text()).split('\n');
    const index = lines.findIndex((line) => pattern.test(line));
    if (index < 0) throw new Error(`no line matches ${pattern}`);
    return index + 1;
  }

  /** Puts the cursor at the end of line `line` (1-based) and types `text` key by key. */
  async typeAt(line: number, text: string): Promise<void> {
    await this.placeCursor(line, 'end');
    await this.page.keyboard.type(text);
  }

  /** Selects the text of line `line` (without its line break) and types `text` over it. */
  async replaceLine(line: number, text: string): Promise<void> {
    await this.withView(
      (view, n) => {
        const target = view.state.doc.line(n);
        view.dispatch({ selection: { anchor: target.from, head: target.to }, scrollIntoView: true });
        view.focus();
      },
      line,
    );
    await this.page.keyboard.type(text);
  }

  async placeCursor(line: number, where: 'start' | 'end'): Promise<void> {
    await this.withView(
      (view, [n, at]) => {
        const target = view.state.doc.line(n);
        view.dispatch({ selection: { anchor: at === 'start' ? target.from : target.to }, scrollIntoView: true });
        view.focus();
      },
      [line, where] as const,
    );
  }

  /** The line numbers (1-based, sorted, unique) of the error underlines in the editor. */
  async errorLines(): Promise<number[]> {
    const lines = await this.withView((view) => {
      const marks = view.contentDOM.querySelectorAll('.cm-lintRange-error');
      return Array.from(marks, (mark) => view.state.doc.lineAt(view.posAtDOM(mark)).number);
    }, null);
    return [...new Set(lines)].sort((a, b) => a - b);
  }

  /** The line numbers of the error markers in the gutter, found from their height. */
  async errorGutterLines(): Promise<number[]> {
    const lines = await this.withView((view) => {
      const markers = view.dom.querySelectorAll('.cm-lint-marker-error');
      return Array.from(markers, (marker) => {
        const box = marker.getBoundingClientRect();
        const block = view.lineBlockAtHeight(box.top + box.height / 2 - view.documentTop);
        return view.state.doc.lineAt(block.from).number;
      });
    }, null);
    return [...new Set(lines)].sort((a, b) => a - b);
  }

  /** The labels under a metric's chart: sample indices, or times when the config has a clock. */
  xTickLabels(metric: string): Locator {
    return this.chart(metric).locator('.chart-axis--x .chart-axis__label');
  }

  /** The labels of a metric's value axis. */
  yTickLabels(metric: string): Locator {
    return this.chart(metric).locator('.chart-axis--y .chart-axis__label');
  }

  /** The title of a metric's value axis: the metric's unit. */
  yAxisTitle(metric: string): Locator {
    return this.chart(metric).locator('.metric-chart__unit');
  }

  /** A metric's shaded anomaly windows, and the labels that say what each one does. */
  windowsOf(metric: string): Locator {
    return this.chart(metric).locator('.anomaly-window');
  }

  windowLabelsOf(metric: string): Locator {
    return this.chart(metric).locator('.anomaly-label');
  }

  /** The hover card of the chart under the pointer. */
  get hoverCard(): Locator {
    return this.page.locator('.chart-tooltip');
  }

  /** The `d` attribute of a metric's plotted line: it changes exactly when the data drawn does. */
  async linePath(metric: string): Promise<string> {
    const path = this.chart(metric).locator('path.metric-chart__line').first();
    return (await path.getAttribute('d')) ?? '';
  }

  /**
   * How opaque the element looks: the product of its own and its ancestors' CSS opacity, so a
   * dimmed wrapper around the charts counts as dimming them.
   */
  async effectiveOpacity(target: Locator): Promise<number> {
    return target.evaluate((element) => {
      let opacity = 1;
      for (let node: Element | null = element; node; node = node.parentElement) {
        opacity *= Number(getComputedStyle(node).opacity);
      }
      return opacity;
    });
  }

  /**
   * Clicks Download CSV/JSON and saves the file under the test's output folder. A large
   * dataset first asks for confirmation with its expected size (issue 4 §2); that is accepted.
   */
  async download(kind: DownloadKind): Promise<SavedDownload> {
    const started = this.page.waitForEvent('download', { timeout: 120_000 });
    await this.openDownloadItem(kind);
    const confirm = this.page.getByRole('dialog', { name: `Download ${kind.replace(' (ZIP)', '')}` }).getByRole('button', { name: 'Build file' });
    const first = await Promise.race([
      started.then(() => 'download' as const),
      // Once the download has won, this wait only ends when the page closes: let it hang.
      confirm.waitFor({ timeout: 120_000 }).then(
        () => 'confirm' as const,
        () => new Promise<never>(() => undefined),
      ),
    ]);
    if (first === 'confirm') await confirm.click();
    const download: Download = await started;
    const suggestedFilename = download.suggestedFilename();
    const path = this.outputPath(`browser-${suggestedFilename}`);
    await download.saveAs(path);
    const failure = await download.failure();
    if (failure !== null) throw new Error(`download of ${kind} failed: ${failure}`);
    return { path, suggestedFilename };
  }

  /** Opens the Download menu and clicks the format labelled `kind` (CSV, JSON, OpenMetrics, NAB (ZIP)). */
  async openDownloadItem(kind: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Download', exact: true }).click();
    await this.page.getByRole('menu', { name: 'Download' }).getByRole('menuitem', { name: kind, exact: true }).click();
  }

  /** Opens the Examples menu and picks the example `name` (a file name in configs/). */
  async chooseExample(name: string): Promise<void> {
    await this.examplesButton.click();
    await this.exampleItem(name).click();
  }

  exampleItem(name: string): Locator {
    const base = name.replace(/\.toml$/, '');
    const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Not a prefix of a longer name: `memory-leak` must not also match `memory-leak-restart`.
    return this.page.getByRole('menuitem', { name: new RegExp(`^${escaped}(\\.toml)?(?![\\w-])`) });
  }

  /** Clicks Share and returns the link it put on the clipboard. */
  async share(): Promise<string> {
    await this.shareButton.click();
    await expect
      .poll(() => this.page.evaluate(() => navigator.clipboard.readText()), { message: 'Share fills the clipboard' })
      .toMatch(/#/);
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** True when the page shows `link` to the user, as text or in a field they can copy from. */
  async showsText(link: string): Promise<boolean> {
    return this.page.evaluate((wanted) => {
      const fields = Array.from(document.querySelectorAll('input, textarea')) as (HTMLInputElement | HTMLTextAreaElement)[];
      if (fields.some((field) => field.value === wanted && field.offsetParent !== null)) return true;
      return document.body.innerText.includes(wanted);
    }, link);
  }

  /** Resolves once some localStorage value contains `fragment` — the autosave has happened. */
  async waitForAutosave(fragment: string): Promise<void> {
    await expect
      .poll(
        () => this.page.evaluate((f) => Object.values(localStorage).some((v) => v.includes(f)), fragment),
        { message: `the draft containing ${JSON.stringify(fragment)} is autosaved` },
      )
      .toBe(true);
  }
}

/** A share link (path and fragment) to `text`, in the format the Share button writes. */
export async function linkTo(text: string): Promise<string> {
  return `/#${await encodeShare(text)}`;
}
