// The share link: the config text travels in the URL fragment (browsers never send it to a
// server) as `v1:` + base64url(zlib deflate(UTF-8 text)). The version tag follows
// mermaid-live-editor's tagged `pako:` strings (src/lib/util/serde.ts) so the format can grow
// while old links keep working; unlike it, everything here is validated on decode, because a
// link is untrusted input. zlib's Adler-32 trailer makes most corruption detectable.
//
// Compression uses the platform's CompressionStream (browsers, Node ≥ 18): no dependency.

import { decodeBase64url, encodeBase64url, invalidBase64urlAt } from './base64url.ts';
import { formatCount } from '../engine/index.ts';

export const SHARE_VERSION = 'v1';
/** Cap on a fragment's length (without '#'); far above any real config, far below URL limits. */
export const MAX_LINK_CHARS = 64_000;
/** Cap on the text a link may unpack to, in UTF-8 bytes; decompression stops as soon as it is passed. */
export const MAX_DECODED_BYTES = 256 * 1024;

export type ShareFailure = 'too-long' | 'not-a-link' | 'newer-version' | 'unknown-version' | 'bad-characters' | 'corrupt' | 'too-large' | 'not-text';

export type DecodeResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: ShareFailure; readonly message: string };

const PREFIX = `${SHARE_VERSION}:`;
const TAG = /^v(\d{1,6}):/;
const fmt = formatCount;

/** Resolves to 'v1:…' (no '#'); rejects with a message fit for the user when the text is too big for a link. */
export async function encodeShare(text: string): Promise<string> {
  // A lone UTF-16 surrogate has no UTF-8 form: TextEncoder writes U+FFFD instead. That is the
  // only way a decoded link can differ from the text that was shared.
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > MAX_DECODED_BYTES) {
    throw new Error(`This config is too large to share as a link (${fmt(Math.ceil(bytes.length / 1024))} KB; links carry at most ${fmt(MAX_DECODED_BYTES / 1024)} KB). Download it and send the file instead.`);
  }
  const packed = await readAll(streamOf(bytes).pipeThrough(new CompressionStream('deflate')), Infinity);
  const fragment = PREFIX + encodeBase64url(packed.bytes);
  if (fragment.length > MAX_LINK_CHARS) {
    throw new Error(`This config does not fit in a share link (the link would be ${fmt(fragment.length)} characters; the limit is ${fmt(MAX_LINK_CHARS)}). Download it and send the file instead.`);
  }
  return fragment;
}

/** Never throws and never rejects: every way a link can be wrong becomes a message. */
export async function decodeShare(fragment: string): Promise<DecodeResult> {
  const body = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  // First, before any work: the length cap bounds everything that follows.
  if (body.length > MAX_LINK_CHARS) {
    return fail('too-long', `This link is too long to be a chaosgen link (${fmt(body.length)} characters; the limit is ${fmt(MAX_LINK_CHARS)}).`);
  }
  const tag = TAG.exec(body);
  if (tag === null) return fail('not-a-link', `This is not a chaosgen share link: its part after "#" should start with "${PREFIX}".`);
  const version = `v${tag[1] ?? ''}`;
  if (version !== SHARE_VERSION) {
    return Number(tag[1]) > 1
      ? fail('newer-version', `This link was made by a newer version of chaosgen (${version}); this version reads ${SHARE_VERSION} links. Open it in an up-to-date chaosgen.`)
      : fail('unknown-version', `This link has an unknown format (${version}); chaosgen reads ${SHARE_VERSION} links.`);
  }
  // Padding is never written, but tolerate it: some tools add it when they re-encode.
  const payload = body.slice(tag[0].length).replace(/={1,2}$/, '');
  const bad = invalidBase64urlAt(payload);
  if (bad !== -1) {
    const shown = JSON.stringify(payload.charAt(bad));
    return fail('bad-characters', `This link is damaged: it contains ${shown} (at character ${fmt(tag[0].length + bad + 1)}), which a chaosgen link never has. It may have been changed when it was copied.`);
  }
  const packed = decodeBase64url(payload);
  const unpacked = packed === undefined ? undefined : await inflate(packed);
  if (unpacked === undefined) {
    return fail('corrupt', 'This link is damaged or incomplete: its data could not be unpacked. It may have been cut off when it was copied; ask for the whole link again.');
  }
  if (unpacked.overflow) {
    return fail('too-large', `This link holds more than ${fmt(MAX_DECODED_BYTES / 1024)} KB of text once unpacked, more than chaosgen opens from a link.`);
  }
  try {
    // ignoreBOM keeps a leading U+FEFF that the text had, so the round trip is exact
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(unpacked.bytes) };
  } catch {
    return fail('not-text', 'This link does not hold text (its data is not valid UTF-8), so it was not made by chaosgen or was altered.');
  }
}

/** `base` without any fragment it had, then '#', then the fragment (with or without its own '#'). */
export function shareUrl(base: string, fragment: string): string {
  const hash = base.indexOf('#');
  return `${hash === -1 ? base : base.slice(0, hash)}#${fragment.startsWith('#') ? fragment.slice(1) : fragment}`;
}

const fail = (reason: ShareFailure, message: string): DecodeResult => ({ ok: false, reason, message });

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<Uint8Array<ArrayBuffer>> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** undefined when the data is not a complete zlib stream (bad header, cut short, checksum mismatch). */
async function inflate(packed: Uint8Array<ArrayBuffer>): Promise<{ bytes: Uint8Array; overflow: boolean } | undefined> {
  try {
    return await readAll(streamOf(packed).pipeThrough(new DecompressionStream('deflate')), MAX_DECODED_BYTES);
  } catch {
    return undefined;
  }
}

/**
 * Reads a byte stream to its end, or until more than `cap` bytes have arrived: then it cancels
 * the stream, so a zip bomb (deflate reaches ~1000:1) costs one chunk past the cap, not gigabytes.
 */
async function readAll(stream: ReadableStream<Uint8Array>, cap: number): Promise<{ bytes: Uint8Array; overflow: boolean }> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > cap) {
      await reader.cancel().catch(() => undefined);
      return { bytes: new Uint8Array(0), overflow: true };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { bytes, overflow: false };
}
