// The site's furniture among and after the body paragraphs that only its
// neighbours give away: a bar of share buttons, a photo caption, a list of
// other stories under its heading, the author's card at the foot. Every test
// is on a line's shape and its neighbours, never on one site's words.
import { isPageControl, isSiteLine, isTagLine, wordCount } from './boilerplate.js';
import { isRolePart } from './byline.js';
import { dateLine } from './dates.js';

// Networks a share bar names, each on a line of its own.
const NETWORK = /^(?:facebook|twitter|x|email|e-mail|mail|reddit|whatsapp|linkedin|telegram|pinterest|flipboard|messenger|threads|bluesky|instagram|sms)$/i;

/** A button of a share bar: a network's name or a page control. */
function isShareItem(text: string): boolean {
  return text.length <= SHORT_LINE && (NETWORK.test(text) || isPageControl(text));
}

// A caption's credit on a line of its own: "Image: Jane Roe/Agency", "Image caption, …", "Illustration: …".
const CREDIT_LINE =
  /^(?:images?|photos?|photographs?|pictures?|(?:photo-)?illustration|graphic|image source|image caption|caption|credits?|photo credit)\s*[:,]\s*\S/i;
// A caption ending in its credit: "… in Norrköping. Photo: Lars Roe/TT", "… on Wednesday. CNA photo Oct. 15, 2025".
const CREDIT_AT_END = /(?:^|[.!?]\s+)(?:\p{Lu}[\p{L}.]*\s+){0,3}(?:photo|photograph|image|picture)s?\b[^!?]{0,40}$/iu;
const CREDIT_WORD = /photo|image|picture/i;
// … or in brackets after the last stop: "… earlier this year. (Agencia)", "(Newsfoto/Firm, Inc.)".
const BRACKETED_CREDIT = /[.!?]["”’]?\s*\((?:[^()]*(?:photo|image|\/)[^()]*|\p{Lu}[\p{L}]+)\)$/iu;
// A caption is a sentence or two; the tests below are skipped on longer units, which are most of the text.
const CAPTION_WORDS = 40;
const CAPTION_CHARS = 400;
// A button, a heading or a date line of the page is no longer than this.
const SHORT_LINE = 120;

/** A photo caption or credit, told by its credit. */
export function isCaption(text: string): boolean {
  if (CREDIT_LINE.test(text)) return true;
  if (text.length > CAPTION_CHARS || /^["“‘]/.test(text)) return false;
  // The cheap tests first: the word count is the dearest, and most units fail before it.
  const credited = (CREDIT_WORD.test(text) && CREDIT_AT_END.test(text) && !/[.]$/.test(text)) || (/\)$/.test(text) && BRACKETED_CREDIT.test(text));
  return credited && wordCount(text, CAPTION_WORDS + 1) <= CAPTION_WORDS;
}

// The heading of a list of other stories: "More to Read", "Read more from City News:", "Editor's Picks".
const POINTER_HEADING =
  /^(?:read more(?: from [^:.]{1,40})?|more to read|related(?: stories| articles| coverage| content| news| topics?)?|you (?:may|might) also like|editor[’']?s picks|more information|archived in|latest on|subjects|more about|more from [^:.]{1,40}|recommended(?: for you| reading| stories)?|most (?:read|popular|viewed)|top stories|trending(?: stories| now)?|further reading|in this article)\s*(?::|…|\.\.\.)?$/i;
// How many headlines such a list holds at most.
const POINTER_ITEMS = 8;

/** A headline or tag in a list of other stories: short, no sentence end, not a quote. */
function isListedHeadline(text: string): boolean {
  return wordCount(text, 21) <= 20 && !/[.!"”]$/.test(text) && !/^["“‘']/.test(text);
}

// A date line that says what it dates: only the page prints one.
const DATED_LABEL = /\b(?:published|updated|posted|last update)\b/i;
// Tags above the site's closing lines: at least this many.
const TAG_RUN = 3;

/**
 * A run of tag lines ("Sumy Oblast", "Glide bombs", "War") just above the
 * site's closing lines and under a paragraph that ends its sentence: the
 * story's topics, not a list of its own (a list follows a line ending in ":").
 */
function markTagRun(units: string[], from: number, to: number, marks: Uint8Array): void {
  let end = to;
  while (end > from && (marks[end - 1] === 1 || isSiteLine(units[end - 1]))) end--;
  if (end === to) return;
  let start = end;
  while (start > from && isTagLine(units[start - 1]) && marks[start - 1] === 0) start--;
  if (end - start < TAG_RUN || start === from || !/[.!?"”’]$/.test(units[start - 1])) return;
  for (let i = start; i < end; i++) marks[i] = 1;
}

/** The names of a byline: "Jane Roe, Li Wei and Sam Poe" gives three. */
function authorNames(byline: string | null): string[] {
  if (byline === null) return [];
  return byline
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/)
    .map((n) => n.trim())
    .filter((n) => n.split(/\s+/).length >= 2);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The author's card at the foot: their name alone, "Jane Roe is a reporter
 * for …", "Roe covers … for …", "Reach Jane Roe at …", "Jane Roe can be reached at …".
 */
function authorCard(byline: string | null): ((text: string) => boolean) | null {
  const names = authorNames(byline);
  if (names.length === 0) return null;
  const forms = names.flatMap((n) => [n, n.slice(n.lastIndexOf(' ') + 1)]).map(escape);
  const alone = new RegExp(`^(?:${names.map(escape).join('|')})$`, 'iu');
  const about = new RegExp(
    `^(?:(?:reach|contact|email|e-mail|follow|write to)\\s+)?(?:${forms.join('|')})(?:\\s+(?:is|was|covers|writes|reports|edits|receives|has|can be|at)\\b|$)`,
    'u',
  );
  return (text) => alone.test(text) || (wordCount(text, 41) <= 40 && about.test(text));
}

/**
 * Mark the furniture of units [from, to) in `marks` (1 = furniture): share
 * bars, captions and lists of other stories anywhere in the body; the
 * author's card only in the run of site lines and tags at the very end. One pass each,
 * each unit looked at a bounded number of times.
 */
export function markFurniture(units: string[], from: number, to: number, byline: string | null, marks: Uint8Array): void {
  // Share bars: a run of buttons with a page control in it, or right under the header.
  for (let i = from; i < to;) {
    if (!isShareItem(units[i])) {
      i++;
      continue;
    }
    let end = i;
    let control = false;
    for (; end < to && isShareItem(units[end]); end++) if (!NETWORK.test(units[end])) control = true;
    if (control || i === from) for (let j = i; j < end; j++) marks[j] = 1;
    i = end;
  }
  for (let i = from; i < to; i++) {
    const text = units[i];
    if (isCaption(text)) {
      marks[i] = 1;
      // The caption over its credit line: "Minister X (left) and Minister Y in Berlin", "Image: …".
      if (
        CREDIT_LINE.test(text) &&
        i > from &&
        marks[i - 1] === 0 &&
        wordCount(units[i - 1], CAPTION_WORDS + 1) <= CAPTION_WORDS &&
        !/[.!?"”]$/.test(units[i - 1])
      ) {
        marks[i - 1] = 1;
      }
    } else if (text.length <= SHORT_LINE && POINTER_HEADING.test(text) && i + 1 < to && isListedHeadline(units[i + 1])) {
      marks[i] = 1;
      let j = i + 1;
      for (; j < to && j <= i + POINTER_ITEMS && isListedHeadline(units[j]) && !POINTER_HEADING.test(units[j]); j++) marks[j] = 1;
      i = j - 1;
    }
  }
  // A box label right under the header: "In short:" over the summary.
  if (from < to && /:$/.test(units[from]) && wordCount(units[from], 5) <= 4) marks[from] = 1;
  // A date line of the page among the paragraphs: "Published - March 20, 2025 09:48 pm IST".
  for (let i = from; i < to; i++) if (units[i].length <= SHORT_LINE && DATED_LABEL.test(units[i]) && dateLine(units[i])) marks[i] = 1;
  // The author's card, walking up from the end over site lines and the card itself.
  const card = authorCard(byline);
  for (let i = to - 1; card !== null && i >= from; i--) {
    const text = units[i];
    if (card(text)) marks[i] = 1;
    // "Reporter" between the name and the bio.
    else if (isRolePart(text) && wordCount(text, 4) <= 3 && ((i + 1 < to && card(units[i + 1])) || (i > from && card(units[i - 1])))) marks[i] = 1;
    else if (!isSiteLine(text) && !isTagLine(text) && marks[i] === 0) break;
  }
  markTagRun(units, from, to, marks);
}
