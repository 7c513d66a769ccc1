// base64url (RFC 4648 §5) without padding: the alphabet survives URLs, chat apps and e-mail
// untouched. Written out by hand because Uint8Array.fromBase64 is not in Node 20, and
// atob/btoa would need a binary string as large as the data.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** char code → 6-bit value, -1 for characters outside the alphabet */
const VALUE = new Int8Array(128).fill(-1);
for (let k = 0; k < ALPHABET.length; k++) VALUE[ALPHABET.charCodeAt(k)] = k;

export function encodeBase64url(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let k = 0; k < bytes.length; k += 3) {
    const b0 = bytes[k] ?? 0;
    const b1 = bytes[k + 1] ?? 0;
    const b2 = bytes[k + 2] ?? 0;
    const left = bytes.length - k; // 1, 2 or ≥ 3 bytes in this group
    chunk += ALPHABET.charAt(b0 >> 2) + ALPHABET.charAt(((b0 & 3) << 4) | (b1 >> 4));
    if (left > 1) chunk += ALPHABET.charAt(((b1 & 15) << 2) | (b2 >> 6));
    if (left > 2) chunk += ALPHABET.charAt(b2 & 63);
    // joining bounded chunks keeps string building linear on every engine
    if (chunk.length >= 4096) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

/** The position of the first character outside the alphabet, or -1 when every character is valid. */
export function invalidBase64urlAt(text: string): number {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128 || VALUE[c] === -1) return k;
  }
  return -1;
}

/**
 * Decodes unpadded base64url; undefined when a character is outside the alphabet or the length
 * cannot come from any byte sequence (4k + 1 characters: a truncated link).
 */
export function decodeBase64url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (text.length % 4 === 1 || invalidBase64urlAt(text) !== -1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let o = 0;
  for (let k = 0; k < text.length; k += 4) {
    const v0 = VALUE[text.charCodeAt(k)] ?? 0;
    const v1 = VALUE[text.charCodeAt(k + 1)] ?? 0;
    // past the end charCodeAt gives NaN, VALUE[NaN] is undefined, hence the ?? 0
    const v2 = VALUE[text.charCodeAt(k + 2)] ?? 0;
    const v3 = VALUE[text.charCodeAt(k + 3)] ?? 0;
    out[o++] = (v0 << 2) | (v1 >> 4);
    if (o < out.length) out[o++] = ((v1 & 15) << 4) | (v2 >> 2);
    if (o < out.length) out[o++] = ((v2 & 3) << 6) | v3;
  }
  return out;
}
