// Between the reader's state and its saved place: what is kept when the
// reader closes, and the state it opens in again.
import { anchorAt, lineOfAnchor } from '../layout/places.js';
import { modeFor } from './geometry.js';
import type { Saved } from './resume-store.js';
import { viewOf, type ReaderContext } from './selectors.js';
import { scrollTo, setFilter } from './state-place.js';
import type { ReaderState } from './state-types.js';

/** What is kept of `state`: the place at the top (in units, so any width finds it), panes, search, filter. */
export function snapshot(ctx: ReaderContext, state: ReaderState): Saved {
  const anchor = anchorAt(viewOf(ctx, state), state.scroll);
  return {
    unit: anchor?.unit ?? 0,
    offset: anchor?.offset ?? 0,
    focus: state.focus,
    tocHidden: state.tocHidden,
    peopleHidden: state.peopleHidden,
    query: state.query,
    speaker: state.speaker,
    history: [...state.history],
  };
}

/** `state` at the saved place; what no longer applies (a speaker gone, a unit past the end) is left out. */
export function restore(ctx: ReaderContext, state: ReaderState, saved: Saved): ReaderState {
  const wide = modeFor(state.size) === 'wide';
  let next: ReaderState = {
    ...state,
    tocHidden: saved.tocHidden,
    peopleHidden: saved.peopleHidden,
    history: saved.history.slice(-100),
    query: saved.query,
    match: -1,
    // A focused side pane is shown again only where the panes are docked.
    focus: wide && !(saved.focus === 'toc' && saved.tocHidden) && !(saved.focus === 'people' && saved.peopleHidden) ? saved.focus : 'reader',
  };
  if (saved.speaker !== null && ctx.layouts.model.people.some((p) => p.name === saved.speaker)) {
    const filtered = setFilter(ctx, next, saved.speaker);
    if (filtered.speaker === saved.speaker) next = { ...filtered, notice: null };
  }
  if (saved.unit < 0 || saved.unit >= ctx.layouts.article.units.length) return next;
  return scrollTo(ctx, next, lineOfAnchor(viewOf(ctx, next), { unit: saved.unit, offset: saved.offset, before: 0 }));
}
