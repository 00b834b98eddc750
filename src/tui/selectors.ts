// What the reducer and the view derive from the state: pane geometry, the
// current layout, the page size, the scroll limit, the current section and
// the highlight spans. None lays out more of a view than the chunks of the
// lines it looks at: a jump to the end wraps the end, not what lies above.
import type { PlacedSpans } from '../layout/cache.js';
import type { ArticleLayouts } from '../layout/cache.js';
import type { ViewLayout } from '../layout/view.js';
import { geometry, type Geometry } from './geometry.js';
import type { ReaderState } from './state-types.js';

export interface ReaderContext {
  layouts: ArticleLayouts;
  /** Whether the quotes are in yet (absent: they came with the model). */
  quotes?: 'given' | 'finding' | 'found' | 'failed';
}

export function geometryOf(state: ReaderState): Geometry {
  return geometry(state.size, state);
}

export function viewOf(ctx: ReaderContext, state: ReaderState): ViewLayout {
  return ctx.layouts.view(geometryOf(state).reader.textWidth, state.speaker, state.grep ?? null);
}

/** Lines the reading pane shows at once (at least one, for paging). */
export function pageOf(state: ReaderState): number {
  return Math.max(1, geometryOf(state).reader.textHeight);
}

/** The top of the last page: G's place. */
export function lastPage(view: ViewLayout, page: number): number {
  return view.move(view.last(), -(page - 1));
}

/** The furthest the view scrolls: the last page, or the last section's heading at the top. */
export function maxScroll(view: ViewLayout, page: number): number {
  const sections = view.sections;
  const lastSection = sections.length > 0 ? view.sectionStart(sections[sections.length - 1]) : -1;
  return Math.max(view.first(), lastPage(view, page), lastSection);
}

/** `pos` as a top of the pane: a line, and no further down than maxScroll (worked out only when the end is near). */
export function clampScroll(view: ViewLayout, page: number, pos: number): number {
  const target = view.snap(pos);
  return view.linesAfter(target, page) < page ? Math.min(maxScroll(view, page), target) : target;
}

/**
 * The section being read: that of the line at the top of the pane; at the
 * end of the text (given the page), the last section whose start is on
 * screen, since the pane can scroll no further to bring it to the top.
 */
export function currentSection(view: ViewLayout, scroll: number, page = 0): number {
  const at = view.snap(scroll);
  const top = view.sectionOf(at);
  if (page === 0 || view.linesAfter(at, page) >= page) return top;
  const sections = view.sections;
  const last = sections[sections.length - 1];
  return last !== undefined && view.sectionStart(last) > at ? last : top;
}

/** The quotes n/N step through: the filtered speaker's, placed in the view. */
export function quotesOf(ctx: ReaderContext, state: ReaderState, view = viewOf(ctx, state)): PlacedSpans | null {
  return state.speaker === null ? null : ctx.layouts.quotesIn(view, state.speaker);
}

/** The matches of the last search, placed in the view. */
export function matchesOf(ctx: ReaderContext, state: ReaderState, view = viewOf(ctx, state)): PlacedSpans | null {
  return state.query === null ? null : ctx.layouts.matchesIn(view, state.query);
}

/**
 * Percentage of the text read: how far down the bottom line of the pane is;
 * estimated (from characters) until the whole view is laid out.
 */
export function percentRead(view: ViewLayout, scroll: number, page: number): { percent: number; exact: boolean } {
  const total = view.totalLines();
  const top = view.lineNumber(scroll);
  const exact = total.exact && top.exact;
  if (total.line <= 0) return { percent: 100, exact };
  return { percent: Math.round((Math.min(total.line, top.line + page) / total.line) * 100), exact };
}

/** Index of the first entry of the ascending `values` that is >= `target`. */
export function lowerBound(values: ArrayLike<number>, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
