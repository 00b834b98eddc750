// What the reducer and the view derive from the state: pane geometry, the
// current layout, the page size, the scroll limit, the current section and
// the highlight spans. All O(1) or O(log n) per call over cached layouts, and
// none lays out more of a view than the lines it looks at.
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

/** The furthest the view scrolls: the last page, or the last section's heading at the top. */
export function maxScroll(view: ViewLayout, page: number): number {
  const lastSection = view.sectionLines.length > 0 ? view.sectionLines[view.sectionLines.length - 1] : 0;
  return Math.max(0, view.lineCount - page, lastSection);
}

export function clampScroll(view: ViewLayout, page: number, line: number): number {
  const target = Math.max(0, Math.round(line));
  // A view still being laid out past the target's last page does not end there:
  // no limit applies, and the rest need not be laid out to know it.
  view.ensureLines(target + page + 1);
  return view.complete ? Math.min(maxScroll(view, page), target) : target;
}

/**
 * The section being read: that of the line at the top of the pane; at the
 * end of the text (given the page), the last section whose start is on
 * screen, since the pane can scroll no further to bring it to the top.
 */
export function currentSection(view: ViewLayout, scroll: number, page = 0): number {
  view.ensureLines(scroll + page + 1);
  if (view.ready === 0) return 0;
  const top = view.sectionOf(Math.min(scroll, view.ready - 1));
  if (page === 0 || !view.complete || scroll + page < view.lineCount) return top;
  const lines = view.sectionLines;
  const last = lowerBound(lines, scroll + page) - 1;
  return last >= 0 && lines[last] > scroll ? view.sections[last] : top;
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
 * estimated from the lines laid out so far while the view is being laid out.
 */
export function percentRead(view: ViewLayout, scroll: number, page: number): number {
  const lines = view.complete ? view.lineCount : view.estimatedLines();
  if (lines === 0) return 100;
  return Math.round((Math.min(lines, scroll + page) / lines) * 100);
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
