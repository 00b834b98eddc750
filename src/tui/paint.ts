// One display line of the reading pane as styled text: the unit's style for
// plain stretches, and highlight styles over the quote and match spans that
// cross the line. Works on one line at a time: only visible lines are painted.
import type { Span, SpanSet } from '../layout/spans.js';
import type { ArticleUnits, UnitKind } from '../layout/units.js';
import { GAP, type ViewLayout } from '../layout/view.js';
import type { StyleName, Theme } from './theme.js';

export interface Highlights {
  quotes: SpanSet | null;
  matches: SpanSet | null;
  /** The span n/N last went to, drawn apart from the others. */
  current: Span | null;
}

const UNIT_STYLE: Record<UnitKind, StyleName | null> = {
  title: 'title',
  byline: 'byline',
  meta: 'byline',
  heading: 'heading',
  paragraph: null,
};

interface Mark {
  start: number;
  end: number;
  style: StyleName;
  rank: number;
}

function marksOn(unit: number, start: number, end: number, set: SpanSet | null, rank: number, current: Span | null): Mark[] {
  const spans = set?.byUnit.get(unit) ?? [];
  const marks: Mark[] = [];
  for (const span of spans) {
    if (span.end <= start || span.start >= end) continue;
    const isCurrent = current !== null && span === current;
    const style: StyleName = isCurrent ? (span.kind === 'match' ? 'currentMatch' : 'currentQuote') : span.kind;
    marks.push({ start: Math.max(start, span.start), end: Math.min(end, span.end), style, rank: isCurrent ? rank + 1 : rank });
  }
  return marks;
}

export function paintLine(article: ArticleUnits, view: ViewLayout, line: number, highlights: Highlights, theme: Theme): string {
  const unit = view.unitOf(line);
  if (unit === GAP) return '';
  const start = view.startOf(line);
  const end = view.endOf(line);
  const { text, kind } = article.units[unit];
  const base = UNIT_STYLE[kind];
  const marks = [
    ...marksOn(unit, start, end, highlights.quotes, 1, highlights.current),
    ...marksOn(unit, start, end, highlights.matches, 3, highlights.current),
  ];
  const plain = (from: number, to: number) => (base ? theme.paint(base, text.slice(from, to)) : text.slice(from, to));
  if (marks.length === 0) return plain(start, end);
  // Cut the line at every mark boundary; each piece takes the strongest mark over it.
  const cuts = [...new Set([start, end, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    let best: Mark | null = null;
    for (const m of marks) if (m.start <= from && m.end >= to && (!best || m.rank > best.rank)) best = m;
    out += best ? theme.paint(best.style, text.slice(from, to)) : plain(from, to);
  }
  return out;
}
