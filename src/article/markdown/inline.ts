// Markdown inline syntax to plain text: emphasis, strikethrough, links,
// images, code spans, autolinks, inline HTML, escapes and character
// references. Every step is one pass or a stack, so a 10 MB paragraph of
// stray brackets and asterisks costs no more than a plain one.
import { readEntity } from '../entities.js';

const ESCAPABLE = /[!-/:-@[-`{-~]/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/;
// The characters that may start syntax, as a lookup table by char code.
const SPECIAL = new Uint8Array(128);
for (const ch of '\\`*_~[]!<&') SPECIAL[ch.charCodeAt(0)] = 1;
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/y;
const EMAIL = /<([^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>/y;
const HTML_TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?\/?>/y;
// Reference labels longer than this are not labels (CommonMark says 999).
const MAX_LABEL = 999;

/** How reference labels are compared: case and inner spacing do not count. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

interface CodeSpan {
  end: number;
  content: string;
}

/** Code spans by the position of their opening backticks. */
function findCodeSpans(src: string): Map<number, CodeSpan> {
  const spans = new Map<number, CodeSpan>();
  if (!src.includes('`')) return spans;
  const runs: { pos: number; len: number }[] = [];
  const byLength = new Map<number, number[]>();
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '\\' && src[i + 1] === '`') {
      i++; // an escaped backtick opens nothing
      continue;
    }
    if (src[i] !== '`') continue;
    let j = i;
    while (src[j] === '`') j++;
    runs.push({ pos: i, len: j - i });
    const list = byLength.get(j - i) ?? [];
    list.push(i);
    byLength.set(j - i, list);
    i = j - 1;
  }
  const next = new Map<number, number>(); // per length: index of the first candidate closer
  let cursor = 0;
  for (const run of runs) {
    if (run.pos < cursor) continue;
    const list = byLength.get(run.len)!;
    let k = next.get(run.len) ?? 0;
    while (k < list.length && list[k] <= run.pos) k++;
    next.set(run.len, k);
    if (k === list.length) continue; // no closer: the backticks are literal
    const close = list[k];
    let content = src.slice(run.pos + run.len, close).replace(/\n/g, ' ');
    if (/^ .*[^ ].* $/s.test(content)) content = content.slice(1, -1);
    spans.set(run.pos, { end: close + run.len, content });
    cursor = close + run.len;
  }
  return spans;
}

/** For each `open` character, the position of its matching `close`, or -1; escapes and code spans ignored. */
function matchPairs(src: string, open: string, close: string, spans: Map<number, CodeSpan>): Int32Array {
  const match = new Int32Array(src.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\' && ESCAPABLE.test(src[i + 1] ?? '')) i++;
    else if (ch === '`' && spans.has(i)) i = spans.get(i)!.end - 1;
    else if (ch === open) stack.push(i);
    else if (ch === close && stack.length > 0) match[stack.pop()!] = i;
  }
  return match;
}

interface Delimiter {
  char: string;
  /** Index of its placeholder in the output pieces. */
  piece: number;
  remaining: number;
  canOpen: boolean;
  canClose: boolean;
}

function delimiterRun(src: string, at: number, length: number, piece: number): Delimiter {
  const char = src[at];
  const before = at > 0 ? src[at - 1] : ' ';
  const after = at + length < src.length ? src[at + length] : ' ';
  const spaceBefore = WHITESPACE.test(before);
  const spaceAfter = WHITESPACE.test(after);
  const left = !spaceAfter && (!PUNCTUATION.test(after) || spaceBefore || PUNCTUATION.test(before));
  const right = !spaceBefore && (!PUNCTUATION.test(before) || spaceAfter || PUNCTUATION.test(after));
  // Underscores inside a word (snake_case) are never emphasis.
  const canOpen = char === '_' ? left && (!right || PUNCTUATION.test(before)) : left;
  const canClose = char === '_' ? right && (!left || PUNCTUATION.test(after)) : right;
  return { char, piece, remaining: length, canOpen, canClose };
}

/** Pair openers with closers; what stays unpaired is printed as typed. */
function resolveEmphasis(delimiters: Delimiter[], pieces: string[]): void {
  const openers = new Map<string, Delimiter[]>();
  for (const d of delimiters) {
    const stack = openers.get(d.char) ?? [];
    openers.set(d.char, stack);
    if (d.canClose) {
      while (d.remaining > 0 && stack.length > 0) {
        const opener = stack[stack.length - 1];
        const used = Math.min(opener.remaining, d.remaining);
        opener.remaining -= used;
        d.remaining -= used;
        if (opener.remaining === 0) stack.pop();
      }
    }
    if (d.remaining > 0 && d.canOpen) stack.push(d);
  }
  for (const d of delimiters) pieces[d.piece] = d.char.repeat(d.remaining);
}

/** The plain text of a Markdown paragraph or heading; `refs` holds the defined reference labels. */
export function inlineText(src: string, refs: ReadonlySet<string> = new Set()): string {
  const spans = findCodeSpans(src);
  const hasBrackets = src.includes('[');
  const brackets = hasBrackets ? matchPairs(src, '[', ']', spans) : null;
  const parens = hasBrackets && src.includes('(') ? matchPairs(src, '(', ')', spans) : null;
  const linkTail = new Map<number, number>(); // a link's "](url)" part: from its "]" to past its end
  const pieces: string[] = [];
  const delimiters: Delimiter[] = [];
  let commentsClosed = true;

  /** Where the "(url)" or "[ref]" after the "]" at `close` ends, or -1 when none follows. */
  const tailEnd = (close: number, label: string | null): number => {
    if (src[close + 1] === '(' && parens && parens[close + 1] >= 0) return parens[close + 1] + 1;
    if (src[close + 1] === '[' && brackets && brackets[close + 1] >= 0) {
      const end = brackets[close + 1];
      const ref = end - close - 2 <= MAX_LABEL ? src.slice(close + 2, end) : null;
      const key = ref === null ? null : ref.trim() === '' ? label : ref;
      return key !== null && refs.has(normalizeLabel(key)) ? end + 1 : -1;
    }
    return label !== null && refs.has(normalizeLabel(label)) ? close + 1 : -1;
  };

  let i = 0;
  while (i < src.length) {
    const jump = linkTail.get(i);
    if (jump !== undefined) {
      i = jump;
      continue;
    }
    let at = i;
    while (at < src.length) {
      const code = src.charCodeAt(at);
      if (code < 128 && SPECIAL[code] === 1) break;
      at++;
    }
    if (at > i) pieces.push(src.slice(i, at));
    if (at === src.length) break;
    i = at;
    if (linkTail.has(i)) continue;
    const ch = src[i];
    if (ch === '\\') {
      const next = src[i + 1] ?? '';
      pieces.push(ESCAPABLE.test(next) ? next : '\\');
      i += ESCAPABLE.test(next) ? 2 : 1;
    } else if (ch === '`') {
      const span = spans.get(i);
      let j = i;
      while (src[j] === '`') j++;
      pieces.push(span ? span.content : src.slice(i, j));
      i = span ? span.end : j;
    } else if (ch === '*' || ch === '_' || ch === '~') {
      let j = i;
      while (src[j] === ch) j++;
      // Strikethrough is exactly two tildes; one is "about" (~5 km).
      if (ch === '~' && j - i !== 2) pieces.push(src.slice(i, j));
      else {
        delimiters.push(delimiterRun(src, i, j - i, pieces.length));
        pieces.push('');
      }
      i = j;
    } else if (ch === '!' && src[i + 1] === '[' && brackets && brackets[i + 1] >= 0) {
      const close = brackets[i + 1];
      const end = tailEnd(close, close - i - 2 <= MAX_LABEL ? src.slice(i + 2, close) : null);
      // Images are left out, as photos are in the plain-text articles.
      if (end >= 0) i = end;
      else (pieces.push('!'), i++);
    } else if (ch === '[' && brackets && brackets[i] >= 0) {
      const close = brackets[i];
      const label = close - i - 1 <= MAX_LABEL ? src.slice(i + 1, close) : null;
      if (label !== null && label.startsWith('^') && refs.has(normalizeLabel(label))) {
        pieces.push(`[${label.slice(1)}]`); // a footnote marker, as the footnote is printed
        i = close + 1;
        continue;
      }
      const end = tailEnd(close, label);
      if (end >= 0) linkTail.set(close, end);
      else pieces.push('[');
      i++;
    } else if (ch === '<') {
      if (src.startsWith('<!--', i) && commentsClosed) {
        const end = src.indexOf('-->', i + 4);
        if (end >= 0) {
          i = end + 3;
          continue;
        }
        commentsClosed = false; // no later comment can close either
      }
      AUTOLINK.lastIndex = EMAIL.lastIndex = HTML_TAG.lastIndex = i;
      const link = AUTOLINK.exec(src) ?? EMAIL.exec(src);
      const tag = link ? null : HTML_TAG.exec(src);
      if (link) {
        pieces.push(link[1]);
        i += link[0].length;
      } else if (tag) {
        if (/^br$/i.test(tag[2])) pieces.push(' ');
        i += tag[0].length;
      } else {
        pieces.push('<');
        i++;
      }
    } else if (ch === '&') {
      const entity = readEntity(src, i);
      pieces.push(entity ? entity.char : '&');
      i += entity ? entity.length : 1;
    } else {
      pieces.push(ch); // "]" and "!" that start nothing
      i++;
    }
  }
  resolveEmphasis(delimiters, pieces);
  return pieces.join('');
}
