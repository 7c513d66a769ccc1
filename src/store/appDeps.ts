// What the store needs from the outside world, passed in so the store runs in tests without a
// browser: the engine worker, storage, the clipboard, file saving and randomness.
import type { ClientEvents, ViewResult, WritePiece } from '../worker/client.ts';
import type { FileFormat, ResultRef } from '../worker/protocol.ts';
import type { DraftStore } from './drafts.ts';
import type { Example } from './examples.ts';
import type { RunJournal } from './runJournal.ts';

/** The engine as the store uses it (EngineClient in the page). */
export interface Engine {
  run(text: string): void;
  cancel(): void;
  estimate(format: FileFormat, ref: ResultRef): Promise<number>;
  build(format: FileFormat, ref: ResultRef): Promise<Blob>;
  /** Builds the file piece by piece into `write`; resolves to its size in bytes. Optional: an
   * engine without it (a test's fake) never gets a streamed download. */
  stream?(format: FileFormat, ref: ResultRef, write: WritePiece): Promise<number>;
  /** Samples first…last of the result, reduced for a zoomed chart; undefined when superseded.
   * Optional: without it (a test's fake) the charts zoom on the whole-series points only. */
  view?(ref: ResultRef, first: number, last: number): Promise<ViewResult | undefined>;
}

/** A file on disk being written piece by piece (a FileSystemWritableFileStream in the page). */
export interface FileSink {
  write(bytes: Uint8Array<ArrayBuffer>): Promise<void>;
  /** Completes the file: only now does it appear under its name. */
  close(): Promise<void>;
  /** Discards what was written, so no partial file is left looking complete. */
  abort(): Promise<void>;
}

/** The editor as the store uses it: every change goes through it, so each is one undo step. */
export interface EditorPort {
  replaceText(text: string): void;
  replaceRange(from: number, to: number, insert: string): void;
}

export interface AppDeps {
  startEngine(events: ClientEvents): Engine;
  readonly drafts: DraftStore;
  /** Remembers runs that never finished, so a crashing text is not rerun on reopen. */
  readonly journal: RunJournal;
  readonly examples: readonly Example[];
  encodeShare(text: string): Promise<string>;
  /** The page's address without its fragment: the base of share links. */
  shareBase(): string;
  /** Resolves to false when the text could not be put on the clipboard. */
  copyText(text: string): Promise<boolean>;
  saveFile(blob: Blob, name: string): void;
  /** A fresh seed for the re-roll button. */
  randomSeed(): number;
}
