// A dateline opening a paragraph names where the story was filed, not anyone
// who speaks: "LONDON (Reuters) –", "MARGAO:", "Penajam Paser Utara, Indonesia –",
// "DENVER, Feb. 10, 2026 /PRNewswire/ --".
import type { Token } from '../scan/index.js';

const DASHES = new Set(['–', '—', '-', ':']);
const MAX_DATELINE_TOKENS = 12;

/** The index of the first token after a leading dateline, or 0 when the paragraph has none. */
export function datelineEnd(tokens: Token[]): number {
  if (!tokens[0]?.cap || tokens[0].kind !== 'word') return 0;
  let words = 0;
  let inBrackets = false;
  for (let k = 0; k < Math.min(tokens.length - 1, MAX_DATELINE_TOKENS); k++) {
    const t = tokens[k];
    if (t.text === '(') inBrackets = true;
    else if (t.text === ')') inBrackets = false;
    // "DENVER, Feb. 10, 2026 /PRNewswire/ --": a wire service between slashes.
    else if (t.text === '/') inBrackets = !inBrackets;
    else if (DASHES.has(t.text) && !inBrackets) {
      // "TOKYO --": a doubled hyphen is one dash.
      let next = k + 1;
      while (next < tokens.length - 1 && DASHES.has(tokens[next].text)) next++;
      return words > 0 && (tokens[next].cap || tokens[next].kind !== 'word') ? next : 0;
    } else if (t.kind === 'word' && (t.cap || inBrackets)) words++;
    else if (t.text !== ',' && t.text !== '.' && t.kind !== 'num') return 0;
  }
  return 0;
}
