// A quick test before a set of words, by length and first and last letter.
// Most words pass no member there and so are never hashed: a set lookup on a
// fresh string hashes it, and the loops that read every word of a sentence
// would otherwise hash nearly every token.

export class Sieve {
  private readonly bits = new Uint8Array(32 * 32 * 32);

  constructor(words: Iterable<string>) {
    for (const w of words) if (w.length > 0) this.bits[index(w)] = 1;
  }

  /** False only when `word` is certainly none of the words (the empty word never passes). */
  passes(word: string): boolean {
    return word.length > 0 && this.bits[index(word)] !== 0;
  }
}

function index(word: string): number {
  const n = word.length;
  return (Math.min(n, 31) << 10) | ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(n - 1) & 31);
}
