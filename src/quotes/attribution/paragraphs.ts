// The article's body paragraphs, each read once: its quote spans, tokens and
// sentences, and what its neighbours say about it (a label line above, a dash
// line below, a quote carried on from the paragraph before).
import type { Article } from '../../core/model.js';
import { dashSpeaker, labelSpeaker } from '../mentions/index.js';
import { findQuoteSpans, opensWithMark, type MarkSpan, sentenceRanges, tokenize, type Token } from '../scan/index.js';
import type { Mention } from '../mentions/index.js';
import type { ParagraphView } from '../entities/index.js';
import { markMonthNames } from '../phrases/index.js';

export interface Paragraph extends ParagraphView {
  section: number;
  index: number;
  spans: MarkSpan[];
  /** Opens by carrying on a quote the paragraph before left open. */
  continues: boolean;
  /** The label line right above names the speaker of this paragraph's statement. */
  label: Mention | null;
  /** The dash line right below names the speaker of this paragraph. */
  dash: Mention | null;
  /** This paragraph is itself a dash line ("– USCG dispatcher, CNN"). */
  isDashLine: boolean;
  /** How many sentences it has, kept after its words are dropped. */
  sentenceCount: number;
}

/**
 * Every body paragraph of `article`, in reading order, with its marks and
 * neighbours read. Its words are read by `readWords`, one paragraph at a time,
 * and dropped by `dropWords` once attribution has moved past it, so that a
 * long article never holds the tokens of all its paragraphs at once.
 */
export function readParagraphs(article: Article): Paragraph[] {
  const flat: { section: number; index: number; text: string }[] = [];
  article.sections.forEach((section, s) => section.paragraphs.forEach((text, index) => flat.push({ section: s, index, text })));
  const out: Paragraph[] = [];
  let base = 0;
  flat.forEach(({ section, index, text }, i) => {
    const prev = i > 0 && flat[i - 1].section === section ? flat[i - 1] : undefined;
    const next = i + 1 < flat.length && flat[i + 1].section === section ? flat[i + 1] : undefined;
    const isDashLine = prev !== undefined && dashSpeaker(text) !== null;
    const dash = next && !isDashLine ? dashSpeaker(next.text) : null;
    let spans = findQuoteSpans(text);
    // A block quote printed without marks, signed by the dash line below it.
    if (dash && spans.length === 0) spans = [{ open: -1, close: -1, start: 0, end: text.length }];
    const before = out[out.length - 1];
    const continues =
      before !== undefined &&
      prev !== undefined &&
      before.spans.length > 0 &&
      before.spans[before.spans.length - 1].close === -1 &&
      spans.length > 0 &&
      spans[0].open === 0 &&
      opensWithMark(text);
    out.push({
      text,
      tokens: NO_TOKENS,
      sentences: NO_SENTENCES,
      section,
      index,
      spans,
      continues,
      dash,
      isDashLine,
      label: prev ? labelSpeaker(prev.text, text) : null,
      ordinal: i,
      sentenceBase: -1,
      sentenceCount: 0,
      base,
    });
    base += text.length + 2;
  });
  return out;
}

const NO_TOKENS: Token[] = [];
const NO_SENTENCES: [number, number][] = [];

/** Read the tokens and sentences of paragraph `i`; the paragraphs before it must have been read. */
export function readWords(paragraphs: Paragraph[], i: number): void {
  const p = paragraphs[i];
  p.tokens = tokenize(p.text, p.spans);
  markMonthNames(p.tokens);
  p.sentences = sentenceRanges(p.tokens);
  const prev = paragraphs[i - 1];
  p.sentenceBase = prev ? prev.sentenceBase + prev.sentenceCount : 0;
  p.sentenceCount = p.sentences.length;
}

/** Drop the tokens of a paragraph no rule will read again. */
export function dropWords(p: Paragraph): void {
  p.tokens = NO_TOKENS;
  p.sentences = NO_SENTENCES;
}
