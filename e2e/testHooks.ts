import type { Page } from '@playwright/test';
import { TEST_SETTINGS_KEY, type TestSettings } from '../src/worker/testSettings.ts';

// Set-ups that have to run before the page's own scripts (page.addInitScript): the test-only
// settings (src/worker/testSettings.ts), a stand-in for the save-file picker that a headless
// browser cannot drive, and a record of Content-Security-Policy violations.

export async function useTestSettings(page: Page, settings: TestSettings): Promise<void> {
  await page.addInitScript(([key, json]) => localStorage.setItem(key, json), [TEST_SETTINGS_KEY, JSON.stringify(settings)] as const);
}

/** What the fake picker's file received. */
export interface SavedToDisk {
  readonly name: string | undefined;
  readonly writes: number;
  /** The most writes ever in progress at once: 1 when each write is awaited before the next. */
  readonly maxConcurrentWrites: number;
  readonly closed: boolean;
  readonly aborted: boolean;
  readonly length: number;
  readonly sha256: string;
}

/**
 * Replaces window.showSaveFilePicker with a fake whose writable keeps the bytes (each write
 * takes a few milliseconds, like a disk would). Read it back with savedToDisk().
 */
export async function fakeSavePicker(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const file = { name: undefined as string | undefined, parts: [] as Uint8Array[], active: 0, maxActive: 0, closed: false, aborted: false };
    Object.assign(window, { __savedToDisk: file });
    const writable = {
      async write(chunk: unknown): Promise<void> {
        if (!(chunk instanceof Uint8Array)) throw new TypeError('expected bytes');
        file.active++;
        file.maxActive = Math.max(file.maxActive, file.active);
        const copy = chunk.slice();
        await new Promise((resolve) => setTimeout(resolve, 5));
        file.parts.push(copy);
        file.active--;
      },
      async close(): Promise<void> {
        file.closed = true;
      },
      async abort(): Promise<void> {
        file.aborted = true;
      },
    };
    Object.assign(window, {
      showSaveFilePicker: async (options: { suggestedName?: string }) => {
        file.name = options.suggestedName;
        return { createWritable: async () => writable };
      },
    });
  });
}

export async function savedToDisk(page: Page): Promise<SavedToDisk> {
  return page.evaluate(async () => {
    const file = (window as unknown as { __savedToDisk: { name: string | undefined; parts: Uint8Array[]; maxActive: number; closed: boolean; aborted: boolean } }).__savedToDisk;
    const length = file.parts.reduce((n, p) => n + p.length, 0);
    const all = new Uint8Array(length);
    let at = 0;
    for (const p of file.parts) {
      all.set(p, at);
      at += p.length;
    }
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', all));
    const sha256 = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
    return { name: file.name, writes: file.parts.length, maxConcurrentWrites: file.maxActive, closed: file.closed, aborted: file.aborted, length, sha256 };
  });
}

/** A browser without the File System Access API (Firefox, Safari). */
export async function removeSavePicker(page: Page): Promise<void> {
  await page.addInitScript(() => {
    delete (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
}

/** Collects CSP violations reported to the page; read them with cspViolations(). */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) console.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI}`));
  });
  return async () => [...console, ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))];
}
