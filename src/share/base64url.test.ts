import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url, invalidBase64urlAt } from './base64url.ts';

describe('base64url', () => {
  it('matches the RFC 4648 test vectors, with - and _ and no padding', () => {
    const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map((s) => encodeBase64url(bytes(s)))).toEqual(['', 'Zg', 'Zm8', 'Zm9v', 'Zm9vYg', 'Zm9vYmE', 'Zm9vYmFy']);
    expect(encodeBase64url(Uint8Array.from([0xfb, 0xff, 0xbf]))).toBe('-_-_');
  });

  it('agrees with Node’s Buffer and round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 10_000 }), (b) => {
        const text = encodeBase64url(b);
        expect(text).toBe(Buffer.from(b).toString('base64url'));
        expect(decodeBase64url(text)).toEqual(b);
      }),
    );
  });

  it('refuses characters outside the alphabet and impossible lengths', () => {
    expect(invalidBase64urlAt('Zm9v+Yg')).toBe(4);
    expect(invalidBase64urlAt('Zm9vé')).toBe(4);
    expect(decodeBase64url('Zm9v/')).toBeUndefined();
    expect(decodeBase64url('Zm9vY')).toBeUndefined(); // 4k + 1 characters
  });
});
