// Highlight spans in unit coordinates: one speaker's quotes, and the matches
// of a search. Each set keeps its spans in view order (for n/N) and indexed
// by unit (for painting a visible line without scanning the whole set).
import type { ArticleModel, QuoteKind } from '../core/model.js';
import type { ArticleUnits } from './units.js';
import { searchPattern } from './search-pattern.js';
import { anchorAt } from './places.js';
import type { ViewLayout } from './view.js';

export type SpanKind = QuoteKind | 'match';

export interface Span {
  unit: number;
  start: number;
  end: number;
  kind: SpanKind;
}

export interface SpanSet {
  /** In reading order. */
  spans: Span[];
  byUnit: Map<number, Span[]>;
}

function spanSet(spans: Span[]): SpanSet {
  const byUnit = new Map<number, Span[]>();
  for (const span of spans) {
    const list = byUnit.get(span.unit);
    if (list) list.push(span);
    else byUnit.set(span.unit, [span]);
  }
  return { spans, byUnit };
}

/**
 * Every quote and reported statement of `speaker` (alone or jointly), in reading
 * order; a partial quote inside one of their statements is part of that
 * statement, and spans the text does not hold are left out.
 */
export function speakerSpans(model: ArticleModel, article: ArticleUnits, speaker: string): SpanSet {
  const spans: Span[] = [];
  for (const quote of model.quotes) {
    if (quote.statement !== null || !quote.speakers.includes(speaker)) continue;
    const unit = article.paragraphUnit[quote.section]?.[quote.paragraph];
    if (unit === undefined) continue;
    const length = article.units[unit].text.length;
    const start = Math.max(0, Math.min(quote.start, length));
    const end = Math.max(start, Math.min(quote.end, length));
    if (end > start) spans.push({ unit, start, end, kind: quote.kind });
  }
  spans.sort((a, b) => a.unit - b.unit || a.start - b.start);
  return spanSet(spans);
}

/** Every occurrence of `query` in the units `view` shows, in reading order (see searchPattern); nothing is laid out. */
export function findMatches(article: ArticleUnits, view: ViewLayout, query: string): SpanSet {
  const spans: Span[] = [];
  const pattern = searchPattern(query);
  if (!pattern) return spanSet(spans);
  // exec, not matchAll: matchAll copies the pattern for each of the tens of thousands of paragraphs, several times the search itself.
  for (const unit of view.shownUnits()) {
    const { text } = article.units[unit];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      spans.push({ unit, start: m.index, end: m.index + m[0].length, kind: 'match' });
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  return spanSet(spans);
}

/** Spans placed in one view: those it shows, and the line of each, found when asked. */
export interface PlacedSpans extends SpanSet {
  /** The line span `i` starts on; only its chunk is laid out. */
  lineOf(i: number): number;
  /** The first span on line `pos` or below it (spans.length when none). */
  firstFrom(pos: number): number;
}

export function placeSpans(view: ViewLayout, set: SpanSet): PlacedSpans {
  const shown = set.spans.every((s) => view.shows(s.unit)) ? set : spanSet(set.spans.filter((s) => view.shows(s.unit)));
  const { spans } = shown;
  const lines = new Float64Array(spans.length).fill(NaN);
  return {
    ...shown,
    lineOf(i) {
      if (Number.isNaN(lines[i])) lines[i] = view.lineOfOffset(spans[i].unit, spans[i].start);
      return lines[i];
    },
    firstFrom(pos) {
      const here = anchorAt(view, pos);
      if (!here) return spans.length;
      // On the first line of its unit, a span that starts in the blanks before the line is on it too.
      const from = view.startOf(view.firstLineOf(here.unit)) === here.offset ? -Infinity : here.offset;
      let lo = 0;
      let hi = spans.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const s = spans[mid];
        if (s.unit < here.unit || (s.unit === here.unit && s.start < from)) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}
