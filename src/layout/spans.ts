// Highlight spans in unit coordinates: one speaker's quotes, and the matches
// of a search. Each set keeps its spans in view order (for n/N) and indexed
// by unit (for painting a visible line without scanning the whole set).
import type { ArticleModel, QuoteKind } from '../core/model.js';
import type { ArticleUnits } from './units.js';
import { searchPattern } from './search-pattern.js';
import { GAP, lineOf, type ViewLayout } from './view.js';

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

/** Every occurrence of `query` in the units `view` shows, in reading order (see searchPattern). */
export function findMatches(article: ArticleUnits, view: ViewLayout, query: string): SpanSet {
  const spans: Span[] = [];
  const pattern = searchPattern(query);
  if (!pattern) return spanSet(spans);
  let previous = GAP;
  const lineUnit = view.lineUnit;
  for (let line = 0; line < lineUnit.length; line++) {
    const unit = lineUnit[line];
    if (unit === GAP || unit === previous) continue;
    previous = unit;
    for (const m of article.units[unit].text.matchAll(pattern)) {
      spans.push({ unit, start: m.index, end: m.index + m[0].length, kind: 'match' });
    }
  }
  return spanSet(spans);
}

/** The line each span starts on, in `view`. */
export function spanLines(view: ViewLayout, set: SpanSet): Int32Array {
  return Int32Array.from(set.spans, (span) => lineOf(view, span.unit, span.start));
}
