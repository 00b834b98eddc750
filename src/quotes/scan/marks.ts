// Quotation marks in one paragraph: which characters open or close a quote,
// which are apostrophes, and the top-level quoted spans they enclose.
// Nested quotes (single inside double, or a second pair of straight doubles)
// stay inside their outer span; a quote left open at the end of the paragraph
// runs to its end, so the next paragraph can continue it.

import { DIGIT, LETTER, SPACE, classAt } from './scan.js';

export interface MarkSpan {
  /** Index of the opening mark, or -1 when the span has no opening mark. */
  open: number;
  /** Index of the closing mark, or -1 when the quote is still open at the end. */
  close: number;
  /** The quoted words: [start, end) without the marks. */
  start: number;
  end: number;
}

type Family = 'double' | 'single' | 'angle';

type Depth = Record<Family, number>;

interface Mark {
  at: number;
  family: Family;
  canOpen: boolean;
  canClose: boolean;
}

// One character (a UTF-16 unit) at a time: a lone half of a surrogate pair is neither.
function isWordChar(c: string | undefined): boolean {
  return c !== undefined && (classAt(c, 0) & (LETTER | DIGIT)) !== 0;
}
function isSpace(c: string | undefined): boolean {
  return c === undefined || (classAt(c, 0) & SPACE) !== 0;
}
// What may stand right before an opening mark besides a space.
const OPENER_BEFORE = '([{\u2014\u2013-/:“"‘\'«';
// What may stand right after a closing mark besides a space.
const CLOSER_AFTER = '.,;:!?)]}\u2014\u2013-”"’\'»…/';

function classify(text: string, i: number): Mark | null {
  const c = text[i];
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = text[i + 1];
  const afterSpaceOrStart = isSpace(prev) || OPENER_BEFORE.includes(prev as string);
  const beforeSpaceOrEnd = isSpace(next) || CLOSER_AFTER.includes(next as string);
  switch (c) {
    case '“':
    case '„':
      // A curly opener glued to the end of a word is a misprinted closer.
      if (!afterSpaceOrStart && beforeSpaceOrEnd) return { at: i, family: 'double', canOpen: false, canClose: true };
      return { at: i, family: 'double', canOpen: true, canClose: false };
    case '”':
      if (afterSpaceOrStart && !beforeSpaceOrEnd) return { at: i, family: 'double', canOpen: true, canClose: false };
      return { at: i, family: 'double', canOpen: false, canClose: true };
    case '"':
      return { at: i, family: 'double', canOpen: afterSpaceOrStart && !isSpace(next), canClose: !isSpace(prev) && beforeSpaceOrEnd };
    case '«':
      return { at: i, family: 'angle', canOpen: true, canClose: false };
    case '»':
      return { at: i, family: 'angle', canOpen: false, canClose: true };
    case '‘':
    case '’':
    case "'":
    case '‚': {
      // Apostrophes: inside a word (don't, Ukraine’s, @POTUS‘s) and before a
      // year or decade ('90s, ’22).
      if (isWordChar(prev) && isWordChar(next)) return null;
      if (next !== undefined && next >= '0' && next <= '9' && !isWordChar(prev)) return null;
      const canOpen = (c !== '’' && afterSpaceOrStart && isWordChar(next)) || (c === '‘' && afterSpaceOrStart && !isSpace(next));
      const canClose = c !== '‘' && c !== '‚' && !isSpace(prev) && beforeSpaceOrEnd;
      if (!canOpen && !canClose) return null;
      return { at: i, family: 'single', canOpen, canClose };
    }
    default:
      return null;
  }
}

// Found by a regex: its native scan is faster than reading every character here.
const MARK_CHARS = /["“”„«»‘’'‚]/g;

function marksOf(text: string): Mark[] {
  const marks: Mark[] = [];
  MARK_CHARS.lastIndex = 0;
  while (MARK_CHARS.test(text)) {
    const mark = classify(text, MARK_CHARS.lastIndex - 1);
    if (mark) marks.push(mark);
  }
  return marks;
}

// At module level: esbuild turns a literal with \p{…} into `new RegExp(…)` at each use.
const SPACE_THEN_LOWER = /^\s\p{Ll}/u;
const ROCK_N_ROLL = /^\s[’'‘]n[’'‘]\s$/;

/**
 * A single mark that can only close is a plural possessive (the States' view)
 * unless a single quote is open; even then "councils’ budgets" (s, mark, space,
 * lower-case word) is a possessive, and "rock ’n’ roll" holds two apostrophes.
 */
function singleIsApostrophe(text: string, mark: Mark, depth: Depth): boolean {
  if (mark.family !== 'single') return false;
  if (ROCK_N_ROLL.test(text.slice(mark.at - 1, mark.at + 4)) || ROCK_N_ROLL.test(text.slice(mark.at - 3, mark.at + 2))) return true;
  if (mark.canOpen) return false;
  if (depth.single === 0) return true;
  // "the ’80s’ …" closes on a decade; "councils’ budgets" is a possessive.
  return /[^\d]s$/.test(text.slice(Math.max(0, mark.at - 2), mark.at)) && SPACE_THEN_LOWER.test(text.slice(mark.at + 1, mark.at + 3));
}

// For each mark, the index of the next single closer and of the next close-only
// double and angle mark at or after it, built once per paragraph: scanning
// forward from every opener was quadratic on "‘b ‘b ‘b …".
const nextCache = new WeakMap<Mark[], Record<Family, Int32Array>>();
function nextMarks(marks: Mark[]): Record<Family, Int32Array> {
  let next = nextCache.get(marks);
  if (next) return next;
  const n = marks.length;
  next = { single: new Int32Array(n + 1), double: new Int32Array(n + 1), angle: new Int32Array(n + 1) };
  next.single[n] = next.double[n] = next.angle[n] = n;
  for (let j = n - 1; j >= 0; j--) {
    const m = marks[j];
    next.single[j] = m.family === 'single' && m.canClose ? j : next.single[j + 1];
    next.double[j] = m.family === 'double' && m.canClose && !m.canOpen ? j : next.double[j + 1];
    next.angle[j] = m.family === 'angle' && m.canClose && !m.canOpen ? j : next.angle[j + 1];
  }
  nextCache.set(marks, next);
  return next;
}

/** Whether a single opener at `index` has a closer later in the text before its enclosing quote ends. */
function singleHasCloser(marks: Mark[], index: number, depth: Depth): boolean {
  const next = nextMarks(marks);
  const closer = next.single[index + 1];
  if (closer === marks.length) return false;
  // The enclosing quote closes first: the mark was an apostrophe.
  for (const family of ['double', 'angle'] as const) {
    if (next[family][index + 1] < closer && depth[family] > 0) return false;
  }
  return true;
}

function innermost(stack: Mark[], family: Family): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].family === family) return i;
  return -1;
}

/**
 * The top-level quoted spans of `text`, in order.
 */
export function findQuoteSpans(text: string): MarkSpan[] {
  const marks = marksOf(text);
  const spans: MarkSpan[] = [];
  const stack: Mark[] = [];
  // How many marks of each family are open: asking the stack was a scan of it per mark.
  const depth: Depth = { double: 0, single: 0, angle: 0 };
  for (let k = 0; k < marks.length; k++) {
    const mark = marks[k];
    if (singleIsApostrophe(text, mark, depth)) continue;
    // Straight marks that could do either: close what is open, else open.
    // The search for the opener runs only when it will close: it then pops what it scanned.
    const closes = mark.canClose && depth[mark.family] > 0 && (!mark.canOpen || stack[stack.length - 1].family === mark.family);
    if (closes) {
      const open = innermost(stack, mark.family);
      const opener = stack[open];
      for (let i = open; i < stack.length; i++) depth[stack[i].family]--;
      stack.length = open;
      if (open === 0) spans.push({ open: opener.at, close: mark.at, start: opener.at + 1, end: mark.at });
      continue;
    }
    if (mark.canOpen) {
      if (mark.family === 'single' && !singleHasCloser(marks, k, depth)) continue;
      // Top-level quotes are double or angle; a lone single pair at top level counts too.
      stack.push(mark);
      depth[mark.family]++;
    }
    // A closer with nothing open is a stray mark: ignore it.
  }
  if (stack.length > 0 && stack[0].family !== 'single') {
    const opener = stack[0];
    spans.push({ open: opener.at, close: -1, start: opener.at + 1, end: trimEnd(text, text.length) });
  }
  return spans.filter((s) => s.end > s.start);
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}

/** True when the paragraph's text opens with a quotation mark. */
export function opensWithMark(text: string): boolean {
  return /^[“"«„‘']/.test(text);
}
