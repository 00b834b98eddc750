// Which lines of the body are subheadings. A subhead is short, has no
// sentence punctuation and stands alone between paragraphs.
import { wordCount } from './boilerplate.js';
import { dateLine } from './dates.js';

const MAX_WORDS = 10;
const MAX_CHARS = 80;

// Abbreviations whose period does not end a sentence.
const ABBREVIATION = /(?:^|\s)(?:\p{Lu}|Dr|Mr|Mrs|Ms|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Jr|Sr|Inc|Co|Corp|Ltd|No|vs|etc|U\.S|U\.N|U\.K|E\.U)\.$/u;

const CLOSERS = /[\s"'”’»)\]]+$/;

function hasSentenceBreak(text: string): boolean {
  const re = /\.(?=\s)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (!ABBREVIATION.test(text.slice(0, m.index + 1))) return true;
  }
  return false;
}

/** Most of the longer words capitalised: "White House Dismissive of Putin", not "Union says pay is late". */
export function isTitleCase(text: string): boolean {
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length >= 4);
  if (long.length === 0) return false;
  return long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.75;
}

/** True when `text`, on a line of its own, could be a subheading. */
export function isHeadingShaped(text: string): boolean {
  if (text.length > MAX_CHARS) return false;
  const words = wordCount(text, MAX_WORDS + 1);
  if (words === 0 || words > MAX_WORDS) return false;
  // Subheads start with a capital, a digit or a quote mark, never lower case.
  if (!/^[\p{Lu}\p{N}"'“‘«¿¡]/u.test(text)) return false;
  if (/^by\s/i.test(text) || dateLine(text)) return false;
  const bare = text.replace(CLOSERS, '');
  if (/[.,;]$/.test(bare) && !ABBREVIATION.test(bare)) return false;
  if (/:$/.test(bare) && !isTitleCase(bare)) return false;
  if (hasSentenceBreak(text)) return false;
  return true;
}

/** True when `text` opens with a quotation mark. */
export function opensQuote(text: string): boolean {
  return /^[“"«„‘'](?=\S)/.test(text);
}
