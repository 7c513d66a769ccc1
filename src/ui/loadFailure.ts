// What the page shows when the app itself cannot be loaded (its script missing after a new
// release, the network gone, or a refused script): a plain sentence in place of a blank page.
// Plain DOM, because React comes with the very chunk that failed.

/** Fills `root` with the reason the playground did not start and what to do about it. */
export function showLoadFailure(root: HTMLElement | null, error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  const box = document.createElement('div');
  box.className = 'load-failure';
  box.setAttribute('role', 'alert');
  const title = document.createElement('p');
  title.className = 'load-failure__title';
  title.textContent = 'The playground could not be loaded.';
  const detail = document.createElement('p');
  detail.textContent = `Reload the page to try again; if this keeps happening, check your connection. (${reason})`;
  box.append(title, detail);
  (root ?? document.body).replaceChildren(box);
}
