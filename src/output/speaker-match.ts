// Which speakers a NAME given on the command line means. The best kind of
// match wins: the whole name, then every word of NAME being a word of the
// name ("jen" is Jen Psaki, not Jens Stoltenberg), then any part of the name.
// Case and accents are ignored.

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mark}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The names among `names` that `query` matches, best kind of match only. */
export function matchSpeakers(query: string, names: readonly string[]): string[] {
  const q = fold(query);
  if (q === '') return [...names];
  const qWords = words(query);
  const tiers: ((name: string) => boolean)[] = [
    (name) => fold(name) === q,
    (name) => qWords.length > 0 && qWords.every((w) => words(name).includes(w)),
    (name) => fold(name).includes(q),
  ];
  for (const test of tiers) {
    const hits = names.filter(test);
    if (hits.length > 0) return hits;
  }
  return [];
}
