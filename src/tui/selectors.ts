// What the reducer and the view derive from the state: pane geometry, the
// current layout, the page size, the scroll limit, the current section and
// the highlight spans. All O(1) or O(log n) per call over cached layouts.
import type { PlacedSpans } from '../layout/cache.js';
import type { ArticleLayouts } from '../layout/cache.js';
import type { ViewLayout } from '../layout/view.js';
import { geometry, type Geometry } from './geometry.js';
import type { ReaderState } from './state-types.js';

export interface ReaderContext {
  layouts: ArticleLayouts;
}

export function geometryOf(state: ReaderState): Geometry {
  return geometry(state.size, state);
}

export function viewOf(ctx: ReaderContext, state: ReaderState): ViewLayout {
  return ctx.layouts.view(geometryOf(state).reader.textWidth, state.speaker);
}

/** Lines the reading pane shows at once (at least one, for paging). */
export function pageOf(state: ReaderState): number {
  return Math.max(1, geometryOf(state).reader.textHeight);
}

/** The furthest the view scrolls: the last page, or the last section's heading at the top. */
export function maxScroll(view: ViewLayout, page: number): number {
  const lastSection = view.sectionLines.length > 0 ? view.sectionLines[view.sectionLines.length - 1] : 0;
  return Math.max(0, view.lineCount - page, lastSection);
}

export function clampScroll(view: ViewLayout, page: number, line: number): number {
  return Math.max(0, Math.min(maxScroll(view, page), Math.round(line)));
}

/** The section of the line at the top of the pane. */
export function currentSection(view: ViewLayout, scroll: number): number {
  if (view.lineCount === 0) return 0;
  return view.lineSection[Math.min(scroll, view.lineCount - 1)];
}

/** The quotes n/N step through: the filtered speaker's, placed in the view. */
export function quotesOf(ctx: ReaderContext, state: ReaderState, view = viewOf(ctx, state)): PlacedSpans | null {
  return state.speaker === null ? null : ctx.layouts.quotesIn(view, state.speaker);
}

/** The matches of the last search, placed in the view. */
export function matchesOf(ctx: ReaderContext, state: ReaderState, view = viewOf(ctx, state)): PlacedSpans | null {
  return state.query === null ? null : ctx.layouts.matchesIn(view, state.query);
}

/** Percentage of the text read: how far down the bottom line of the pane is. */
export function percentRead(view: ViewLayout, scroll: number, page: number): number {
  if (view.lineCount === 0) return 100;
  return Math.round((Math.min(view.lineCount, scroll + page) / view.lineCount) * 100);
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
