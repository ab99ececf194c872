// How much guessing a secret would take, estimated from the text alone.
// NEXTAUTH_SECRET signs every session token: with a weak one, a single cookie
// is enough to find the secret offline and then forge anyone's session. The
// env schema (lib/env-schema.ts) refuses secrets below MIN_SECRET_BITS.
//
// The estimate is an upper bound on what the text could carry, not a proof of
// randomness: characters × bits per character of the alphabet the text uses
// (hex 4, base64 6, other printable text log2(95)), not counting characters
// that repeat something earlier in the text ("abcabcabc…", "xxxx…") or
// continue a regular step ("abcdef…", "123456…"). A value from a random
// generator (`openssl rand -base64 32`, `openssl rand -hex 32`) passes; short,
// repeated and sequential strings do not.

/** 32 bytes of entropy. */
export const MIN_SECRET_BITS = 256;

/** Longer secrets are judged on this many characters (plenty, and the estimate stays cheap). */
const ANALYSED_LENGTH = 512;

/** A repeat counts when it is at least this many bits long (shorter ones occur by chance in random text). */
const REPEAT_BITS = 32;

function bitsPerCharacter(text: string): number {
  if (/^[0-9a-f]+$/i.test(text)) return 4;
  if (/^[A-Za-z0-9+/_-]+$/.test(text)) return 6;
  return Math.log2(95);
}

/**
 * Greedy Lempel–Ziv parse: the number of symbols that are not part of a
 * repeat (of at least `minRepeat` symbols) of something earlier; a repeat may
 * overlap itself, so "aaaa…" is one symbol and one repeat.
 */
function novelSymbols(symbols: readonly number[], minRepeat: number): number {
  let novel = 0;
  for (let i = 0; i < symbols.length;) {
    let longest = 0;
    for (let j = 0; j < i && longest < symbols.length - i; j++) {
      let length = 0;
      while (i + length < symbols.length && symbols[j + length] === symbols[i + length]) length++;
      longest = Math.max(longest, length);
    }
    if (longest >= minRepeat) {
      i += longest;
    } else {
      novel++;
      i++;
    }
  }
  return novel;
}

/** Estimated entropy of `secret` in bits (see the top of this file). */
export function estimateSecretBits(secret: string): number {
  const text = Array.from(secret.replace(/=+$/, "")).slice(0, ANALYSED_LENGTH).join("");
  if (text.length === 0) return 0;
  const bits = bitsPerCharacter(text);
  const minRepeat = Math.max(3, Math.ceil(REPEAT_BITS / bits));
  const codes = Array.from(text, (c) => c.codePointAt(0)!);
  // Steps between neighbours: "abcdef" and "13579" become one step repeated.
  const steps = codes.slice(1).map((code, i) => code - codes[i]!);
  const novel = Math.min(novelSymbols(codes, minRepeat), 1 + novelSymbols(steps, minRepeat));
  return Math.floor(novel * bits);
}

/** Why `secret` is too weak to sign sessions, or null when it is strong enough. */
export function secretWeakness(secret: string): string | null {
  const bits = estimateSecretBits(secret);
  if (bits >= MIN_SECRET_BITS) return null;
  return (
    `is too weak to sign sessions (about ${bits} bits of entropy; at least ${MIN_SECRET_BITS}, 32 random bytes, ` +
    "are needed). Generate one with: openssl rand -base64 32"
  );
}
