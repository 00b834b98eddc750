// An article's text as Windows-1252 bytes, for tests of reading text that is not UTF-8:
// the typographic characters the bundled articles use, at their 1252 codes.
const CP1252 = new Map([
  ['–', 0x96],
  ['‘', 0x91],
  ['’', 0x92],
  ['“', 0x93],
  ['”', 0x94],
  ['•', 0x95],
  ['…', 0x85],
]);

/** Each character's Windows-1252 code; a character outside the table keeps its own code. */
export function cp1252Codes(text: string): number[] {
  return [...text].map((c) => CP1252.get(c) ?? c.charCodeAt(0));
}
