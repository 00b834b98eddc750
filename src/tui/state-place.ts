// Moving the reading pane and keeping its place: scrolling to a line, bringing
// a line into view, keeping the text at the top when the view changes, and
// setting and clearing the speaker filter. Shared by the reducer's modules.
import { anchorAt, lineOfAnchor } from '../layout/places.js';
import { clampScroll, pageOf, viewOf, type ReaderContext } from './selectors.js';
import type { ReaderState } from './state-types.js';

/** Lines of context kept above a match or quote that a jump brings into view. */
const JUMP_CONTEXT = 2;

/** Line `pos` at the top, as far as the view scrolls. */
export function scrollTo(ctx: ReaderContext, state: ReaderState, pos: number): ReaderState {
  return { ...state, scroll: clampScroll(viewOf(ctx, state), pageOf(state), pos) };
}

/** `by` lines down (or up) from the top line. */
export function scrollBy(ctx: ReaderContext, state: ReaderState, by: number): ReaderState {
  return scrollTo(ctx, state, viewOf(ctx, state).move(state.scroll, by));
}

/** Scroll just enough for `line` to be visible, with a little context above it. */
export function reveal(ctx: ReaderContext, state: ReaderState, line: number): ReaderState {
  const page = pageOf(state);
  const view = viewOf(ctx, state);
  if (line >= state.scroll && view.distance(state.scroll, line, page) < page) return state;
  return scrollTo(ctx, state, view.move(line, -Math.min(JUMP_CONTEXT, Math.floor(page / 3))));
}

/** After a change of width or view, keep the same text at the top of the pane. */
export function keepPlace(ctx: ReaderContext, before: ReaderState, after: ReaderState): ReaderState {
  const from = viewOf(ctx, before);
  const to = viewOf(ctx, after);
  if (from === to) return scrollTo(ctx, after, after.scroll);
  return scrollTo(ctx, after, lineOfAnchor(to, anchorAt(from, before.scroll)));
}

/** Why the speaker filter cannot be used yet, or null when it can. */
export function filterUnavailable(ctx: ReaderContext): string | null {
  if (ctx.quotes === 'finding') return 'still finding the quotes: the speaker filter opens once they are in';
  if (ctx.quotes === 'failed') return 'the quotes could not be found: no speaker filter';
  return null;
}

export function setFilter(ctx: ReaderContext, state: ReaderState, speaker: string): ReaderState {
  const unavailable = filterUnavailable(ctx);
  if (unavailable) return { ...state, notice: unavailable };
  if (ctx.layouts.quotesOf(speaker).spans.length === 0) return { ...state, notice: `no quotes of ${speaker} in the text` };
  const filterReturn = state.filterReturn ?? { anchor: anchorAt(viewOf(ctx, state), state.scroll), filteredScroll: 0 };
  const filtered = { ...state, speaker, filterReturn, quote: -1, match: -1, marked: null };
  const top = viewOf(ctx, filtered).first();
  return { ...filtered, scroll: top, filterReturn: { ...filterReturn, filteredScroll: top } };
}

export function clearFilter(ctx: ReaderContext, state: ReaderState): ReaderState {
  if (state.speaker === null || state.filterReturn === null) return state;
  const full = { ...state, speaker: null, filterReturn: null, quote: -1, match: -1 };
  // Untouched filter: back where the reader was. Moved in it: the same text, in context.
  const anchor = state.scroll === state.filterReturn.filteredScroll ? state.filterReturn.anchor : anchorAt(viewOf(ctx, state), state.scroll);
  return scrollTo(ctx, full, lineOfAnchor(viewOf(ctx, full), anchor));
}
