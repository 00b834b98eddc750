// Words of a paragraph for the cue and name rules. Each top-level quote is
// one opaque token, so the writer's own words are what the rules read.
import type { MarkSpan } from './marks.js';

export type TokenKind = 'word' | 'num' | 'punct' | 'quote' | 'poss';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Starts with a capital letter (or is an acronym). */
  cap: boolean;
  /** For a quote token, the index of its span. */
  quote?: number;
}

// Abbreviations whose period belongs to the word and does not end a sentence.
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof gen lt maj col capt sgt sen rep gov st jr sr inc corp co ltd no vs etc asst adm cmdr cpl brig
  rev dept est approx jan feb mar apr jun jul aug sep sept oct nov dec mt ft gov fr msgr hon pres supt insp det`.split(/\s+/),
);

const WORD = /\p{N}+(?:-\p{L}+)+|(?:\p{Lu}\.){2,}|[@#]?[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-'’‘.][\p{L}\p{M}\p{N}]+)*|\p{N}[\p{N},.:]*\p{N}%?|\p{N}%?|\S/gu;

function pushWord(tokens: Token[], text: string, start: number, following: string): number {
  // Possessive 's as its own token: the name before it is what rules match.
  const poss = /^(.+?)(['’]s)$/.exec(text);
  // Contractions are not possessives: it's, that's, who's, let's (but WHO's is).
  if (poss && !/^(?:[Ii]t|[Tt]hat|[Hh]e|[Ss]he|[Tt]here|[Ww]hat|[Ww]ho|[Ll]et|[Hh]ere|[Ww]here)$/.test(poss[1])) {
    pushWord(tokens, poss[1], start, poss[2]);
    tokens.push(token(poss[2], start + poss[1].length, 'poss'));
    return start + text.length;
  }
  let word = text;
  // An abbreviation or a middle initial keeps its period.
  if (following.startsWith('.') && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) word += '.';
  const kind: TokenKind = /^\p{N}/u.test(word) && !/\p{L}/u.test(word) ? 'num' : 'word';
  tokens.push(token(word, start, kind));
  return start + word.length;
}

const UPPER_START = /^[@#]?\p{Lu}/u;
// Arabic and similar names written with a lower-case article: "al-Khatib".
const PARTICLE_NAME = /^(?:al|el|ad|an|ar|as|at|az|ash|bin|ibn|abu|ul|ud|d)[-’']\p{Lu}/u;

function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function token(text: string, start: number, kind: TokenKind): Token {
  const first = text.charAt(0);
  const cap = kind === 'word' && (isUpper(first) || ((first === '@' || first === '#') && UPPER_START.test(text)) || (text.length > 2 && text.charAt(0) >= 'a' && PARTICLE_NAME.test(text)));
  return { text, lower: text.toLowerCase(), start, end: start + text.length, kind, cap };
}

/** Tokens of `text`, with each span in `spans` (marks included) as one quote token. */
export function tokenize(text: string, spans: MarkSpan[]): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  const region = (from: number, to: number): void => {
    WORD.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = WORD.exec(text)) && m.index < to) {
      let raw = m[0];
      if (m.index + raw.length > to) raw = raw.slice(0, to - m.index);
      if (/^[\p{L}@#]|^\p{N}+-\p{L}/u.test(raw) && !/^(?:\p{Lu}\.){2,}$/u.test(raw)) {
        WORD.lastIndex = pushWord(tokens, raw, m.index, text.charAt(m.index + raw.length));
      } else {
        const kind: TokenKind = /^\p{N}/u.test(raw) ? 'num' : /^['’]$/.test(raw) ? 'poss' : raw.length > 1 ? 'word' : 'punct';
        const t = token(raw, m.index, kind);
        if (kind === 'word') t.cap = true;
        tokens.push(t);
      }
    }
  };
  spans.forEach((span, i) => {
    const from = span.open >= 0 ? span.open : span.start;
    const to = span.close >= 0 ? span.close + 1 : span.end;
    region(pos, from);
    tokens.push({ text: text.slice(from, to), lower: '', start: from, end: to, kind: 'quote', cap: false, quote: i });
    pos = to;
  });
  region(pos, text.length);
  return tokens;
}

// Verbs that make the words after a quote its cue: "…?" Smith asked.
const CUE_VERBS = /^(?:said|says|asked|asks|added|adds|told|wrote|writes|replied|explained|continued|insisted|noted|recalled|tweeted)$/;

/** The tokens from `i` are a short cue ("Smith said.", "said Smith,") rather than a new sentence. */
function cueFollows(tokens: Token[], i: number): boolean {
  for (let k = i; k < Math.min(tokens.length, i + 6); k++) {
    if (CUE_VERBS.test(tokens[k].lower) && !tokens[k].cap) {
      // "Kino Gabriel said, "…"": the verb introduces the next quote, a new sentence.
      const next = tokens[k + 1];
      const after = next && (next.text === ',' || next.text === ':') ? tokens[k + 2] : next;
      return after?.kind !== 'quote';
    }
    if (tokens[k].kind === 'punct' && /^[.!?]$/.test(tokens[k].text)) return false;
  }
  return false;
}

// Words that open a sentence after an abbreviation's period ("… the U.S. The …").
const SENTENCE_OPENERS = new Set(['the', 'he', 'she', 'it', 'they', 'we', 'but', 'in', 'on', 'this', 'that', 'a', 'an', 'i']);

/** [start, end) token index ranges of the sentences of a paragraph. */
export function sentenceRanges(tokens: Token[]): [number, number][] {
  const ranges: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!next) break;
    const terminal = (t.kind === 'punct' && /^[.!?]$/.test(t.text)) || (t.kind === 'quote' && /[.!?]["'”’»]*$/.test(t.text) && next.cap && !cueFollows(tokens, i + 1));
    const acronymEnd = t.kind === 'word' && /^(?:\p{Lu}\.){2,}$/u.test(t.text) && SENTENCE_OPENERS.has(next.lower) && next.cap;
    if ((terminal || acronymEnd) && (next.cap || next.kind === 'quote' || next.kind === 'num' || next.text === '(')) {
      ranges.push([from, i + 1]);
      from = i + 1;
    }
  }
  if (from < tokens.length) ranges.push([from, tokens.length]);
  return ranges;
}
