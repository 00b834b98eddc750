// Speaker labels: a short line naming someone, set over the statement it
// introduces, as press releases and round-ups print them:
//   Senator Sheldon Whitehouse (D-RI)
//   Drew Caputo, Vice President of Litigation, Earthjustice
//   “…”
// and a dash line under a block quote: "– USCG dispatcher, CNN".
import { describe, shortRole, type Mention } from './describe.js';
import { opensWithMark, tokenize, type Token } from '../scan/index.js';
import { isNameWord, phraseAfter } from '../phrases/index.js';

const MAX_WORDS = 20;
const MAX_CHARS = 160;

// At module level: esbuild turns a literal with \p{…} into `new RegExp(…)` at each use.
const ABBREVIATED_END = /\b(?:Inc|Ltd|Co|Corp|Jr|Sr|Esq|Ph\.D|LLC|\p{Lu})\.$/u;

function firstSegment(tokens: Token[]): number {
  const comma = tokens.findIndex((t) => t.text === ',');
  return comma < 0 ? tokens.length : comma;
}

/** The speaker a label line names, or null when `text` is not a label over `next`. */
export function labelSpeaker(text: string, next: string | undefined): Mention | null {
  if (next === undefined || !opensWithMark(next) || text.length > MAX_CHARS) return null;
  const ending = text.replace(ABBREVIATED_END, '');
  if (text.length > MAX_CHARS || /["“”«»]/.test(text) || /[.!?:;]$/.test(ending)) return null;
  const tokens = tokenize(text, []);
  if (tokens.filter((t) => t.kind === 'word').length > MAX_WORDS) return null;
  const end = firstSegment(tokens);
  const words = tokens.slice(0, end).filter((t) => t.kind === 'word');
  if (words.length === 0 || words.length > 7 || !words.every((t) => t.cap || /^(?:of|the|and|for|de|von|van|der|bin|al)$/.test(t.lower))) return null;
  if (!isNameWord(tokens[0])) return null;
  const mention = describe(text, tokens, { from: 0, to: end });
  if (mention.kind !== 'person' && mention.kind !== 'org') return null;
  const rest = end < tokens.length ? text.slice(tokens[end].end).trim() : '';
  const role = [mention.role, rest ? shortRole(rest) : null].filter(Boolean).join(', ');
  return { ...mention, role: role || null };
}

const DASH_LINE = /^[–—―-]\s*(\S.*)$/;

/** The speaker of a dash line under a block quote: "– USCG dispatcher, CNN". */
export function dashSpeaker(text: string): Mention | null {
  const m = DASH_LINE.exec(text);
  if (!m || text.length > 100) return null;
  const tokens = tokenize(text, []);
  const range = phraseAfter(tokens, 1, firstSegment(tokens));
  return range ? describe(text, tokens, range) : null;
}
