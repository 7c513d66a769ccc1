import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeBase64url } from './base64url.ts';
import { decodeShare, encodeShare, MAX_DECODED_BYTES, MAX_LINK_CHARS, shareUrl, type DecodeResult } from './shareCodec.ts';

const example = readFileSync(new URL('../../configs/config.toml', import.meta.url), 'utf8');

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
const linkOf = async (bytes: Uint8Array<ArrayBuffer>): Promise<string> => `v1:${encodeBase64url(await deflate(bytes))}`;

function failure(r: DecodeResult): { reason: string; message: string } {
  if (r.ok) throw new Error(`expected a failure, decoded ${JSON.stringify(r.text.slice(0, 40))}`);
  return r;
}

describe('round trip', () => {
  const texts: [string, string][] = [
    ['the example config', example],
    ['unicode and emoji', '# Grüße, 東京, עברית 🚀👩‍👩‍👧 — ∞\n[general]\nnum_samples = 3\n'],
    ['the empty text', ''],
    ['a leading byte-order mark and CRLF', '\uFEFF[general]\r\nseed = 1\r\n'],
    ['100 KB of config', example.repeat(Math.ceil(100_000 / example.length)).slice(0, 100_000)],
  ];
  it.each(texts)('%s comes back exactly', async (_name, text) => {
    const fragment = await encodeShare(text);
    expect(fragment).toMatch(/^v1:[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
    expect(await decodeShare(`#${fragment}`)).toEqual({ ok: true, text });
    expect(await decodeShare(fragment)).toEqual({ ok: true, text });
  });

  it('compresses the example into a short link', async () => {
    expect((await encodeShare(example)).length).toBeLessThan(example.length / 2);
  });

  it('round-trips arbitrary well-formed strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 3000 }), async (text) => {
        expect(await decodeShare(await encodeShare(text))).toEqual({ ok: true, text });
      }),
      { numRuns: 100 },
    );
  });

  it('turns a lone surrogate (which UTF-8 cannot hold) into U+FFFD, and nothing else', async () => {
    expect(await decodeShare(await encodeShare('a\uD800b'))).toEqual({ ok: true, text: 'a\uFFFDb' });
  });
});

describe('encoding refuses what a link cannot carry', () => {
  it('rejects text over the decoded-size cap', async () => {
    await expect(encodeShare('x'.repeat(MAX_DECODED_BYTES + 1))).rejects.toThrow(/too large to share as a link/);
  });
  it('rejects text whose compressed link would pass the length cap', async () => {
    // pseudo-random hex barely compresses: 200 KB of it needs well over 64,000 characters
    const bytes = new Uint8Array(100_000);
    for (let k = 0, x = 2463534242; k < bytes.length; k++) {
      x ^= x << 13; // xorshift32 (Marsaglia 2003): cheap, seeded, incompressible enough
      x ^= x >>> 17;
      x ^= x << 5;
      bytes[k] = x & 0xff;
    }
    const noise = Buffer.from(bytes).toString('hex');
    await expect(encodeShare(noise)).rejects.toThrow(/does not fit in a share link \(the link would be [\d,]+ characters; the limit is 64,000\)/);
  });
});

describe('decoding a bad link gives a clear message and never throws', () => {
  it('a newer version tag', async () => {
    const r = failure(await decodeShare('#v9:eJwrSS0uAQAEXQHB'));
    expect(r.reason).toBe('newer-version');
    expect(r.message).toMatch(/^This link was made by a newer version of chaosgen \(v9\)/);
  });
  it('an unknown older tag', async () => {
    expect(failure(await decodeShare('v0:abc')).reason).toBe('unknown-version');
  });
  it.each(['', '#', 'config=abc', 'pako:eNqrVkrOzytJzSvxSy1RslIqSsxLSc1RqgUAWNgH5w', 'v1abc'])('not a chaosgen link: %j', async (fragment) => {
    const r = failure(await decodeShare(fragment));
    expect(r.reason).toBe('not-a-link');
    expect(r.message).toMatch(/not a chaosgen share link/);
  });
  it('characters outside base64url, with their position', async () => {
    const good = await encodeShare(example);
    const r = failure(await decodeShare(`${good.slice(0, 10)}%20${good.slice(10)}`));
    expect(r.reason).toBe('bad-characters');
    expect(r.message).toContain('"%" (at character 11)');
  });
  it('a link cut short', async () => {
    const good = await encodeShare(example);
    for (const cut of [3, 4, 10, good.length - 1, Math.floor(good.length / 2)]) {
      const r = failure(await decodeShare(good.slice(0, cut)));
      expect(r.reason).toBe('corrupt');
      expect(r.message).toMatch(/damaged or incomplete/);
    }
  });
  it('a link with a changed character (caught by the checksum or the decoder)', async () => {
    const good = await encodeShare(example);
    for (const at of [3, 20, good.length - 3]) {
      const changed = good.slice(0, at) + (good[at] === 'A' ? 'B' : 'A') + good.slice(at + 1);
      expect(failure(await decodeShare(changed)).reason).toBe('corrupt');
    }
  });
  it('data that is not UTF-8', async () => {
    const r = failure(await decodeShare(await linkOf(Uint8Array.from([0x5b, 0xff, 0xfe, 0x5d]))));
    expect(r.reason).toBe('not-text');
    expect(r.message).toMatch(/not valid UTF-8/);
  });
  it('a link longer than the cap, before decoding anything', async () => {
    const r = failure(await decodeShare(`#v1:${'A'.repeat(MAX_LINK_CHARS)}`));
    expect(r.reason).toBe('too-long');
    expect(r.message).toContain('64,003 characters; the limit is 64,000');
  });
  it('text over the size cap once unpacked', async () => {
    const r = failure(await decodeShare(await linkOf(new TextEncoder().encode('#'.repeat(MAX_DECODED_BYTES + 1)))));
    expect(r.reason).toBe('too-large');
    expect(r.message).toMatch(/more than 256 KB of text once unpacked/);
  });
  it('accepts text of exactly the cap', async () => {
    const text = '#'.repeat(MAX_DECODED_BYTES);
    expect(await decodeShare(await linkOf(new TextEncoder().encode(text)))).toEqual({ ok: true, text });
  });
  it('garbage of every kind resolves to a result', async () => {
    const garbage = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ maxLength: 300 }).map((s) => `v1:${s}`),
      fc.uint8Array({ maxLength: 300 }).map((b) => `#v1:${encodeBase64url(b)}`),
      fc.uint8Array({ maxLength: 300 }).map((b) => `v1:eJ${encodeBase64url(b)}`), // a plausible zlib header
    );
    await fc.assert(
      fc.asyncProperty(garbage, async (fragment) => {
        const r = await decodeShare(fragment);
        if (!r.ok) expect(r.message.length).toBeGreaterThan(20);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a zip bomb', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is refused quickly, having unpacked little more than the cap', async () => {
    // 46 MB of zeros deflates to ~45 KB: about the densest bomb that fits under the link cap
    const bomb = await linkOf(new Uint8Array(46 * 1024 * 1024));
    expect(bomb.length).toBeLessThanOrEqual(MAX_LINK_CHARS);

    let unpacked = 0;
    const Real = DecompressionStream;
    class Counting {
      readonly writable: WritableStream<BufferSource>;
      readonly readable: ReadableStream<Uint8Array>;
      constructor(format: CompressionFormat) {
        const real = new Real(format);
        this.writable = real.writable;
        this.readable = real.readable.pipeThrough(new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            unpacked += chunk.length;
            controller.enqueue(chunk);
          },
        }));
      }
    }
    vi.stubGlobal('DecompressionStream', Counting);

    const started = performance.now();
    const r = failure(await decodeShare(bomb));
    expect(r.reason).toBe('too-large');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(unpacked).toBeLessThan(4 * 1024 * 1024);
  });
});

describe('shareUrl', () => {
  it('replaces any fragment the page already had', () => {
    expect(shareUrl('https://x.dev/chaosgen/?a=1#v1:old', 'v1:new')).toBe('https://x.dev/chaosgen/?a=1#v1:new');
    expect(shareUrl('http://localhost:5173/', '#v1:abc')).toBe('http://localhost:5173/#v1:abc');
  });
});
