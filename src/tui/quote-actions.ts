// What the reducer does with quotes: open one in the whole article (from a
// filter or a person's page), and copy one or all with their attribution.
import { anchorAt, lineOfAnchor } from '../layout/places.js';
import type { Span } from '../layout/spans.js';
import { copyText } from './copy.js';
import { personEntries } from './person-page.js';
import { quotesOf, viewOf, type ReaderContext } from './selectors.js';
import { clearFilter, scrollTo } from './state-place.js';
import type { ReaderState } from './state-types.js';

/** c and C: the current quote, or every quote shown (the filter's, else the article's own words). */
export function copy(ctx: ReaderContext, state: ReaderState, all: boolean): ReaderState {
  const quotes = quotesOf(ctx, state, viewOf(ctx, state));
  const spans = all
    ? (quotes?.spans ?? ctx.layouts.model.quotes.filter((q) => q.kind !== 'indirect').flatMap((q) => spanOf(ctx, q)))
    : state.speaker !== null && quotes && state.quote >= 0
      ? [quotes.spans[state.quote]]
      : state.marked
        ? [state.marked]
        : [];
  if (spans.length === 0) return { ...state, notice: all ? 'no quotes to copy' : 'no current quote: Enter on a person, then n (C copies them all)' };
  const copied = copyText(ctx.layouts, spans);
  if (!copied) return { ...state, notice: 'no quotes to copy' };
  return { ...state, copied: { text: copied.text, count: (state.copied?.count ?? 0) + 1 }, notice: copied.notice };
}

function spanOf(ctx: ReaderContext, q: { section: number; paragraph: number; start: number; end: number; kind: Span['kind'] }): Span[] {
  const unit = ctx.layouts.article.paragraphUnit[q.section]?.[q.paragraph];
  return unit === undefined ? [] : [{ unit, start: q.start, end: q.end, kind: q.kind }];
}

/** Enter on a quote of a person's page: that quote in the whole article. */
export function personGo(ctx: ReaderContext, state: ReaderState): ReaderState {
  const entry = state.person ? personEntries(ctx.layouts, state.person.name)[state.person.cursor] : undefined;
  if (!entry) return { ...state, person: null };
  const full: ReaderState = { ...clearFilter(ctx, state), person: null, overlay: null, focus: 'reader', marked: entry.span };
  const line = lineOfAnchor(viewOf(ctx, full), { unit: entry.span.unit, offset: 0, before: 0 });
  return { ...scrollTo(ctx, full, line), lastJump: anchorAt(viewOf(ctx, state), state.scroll) };
}

/** The whole article with the current quote's paragraph at the top, the quote marked. */
export function openQuote(ctx: ReaderContext, state: ReaderState): ReaderState {
  const quotes = quotesOf(ctx, state, viewOf(ctx, state));
  const span = quotes && state.quote >= 0 ? quotes.spans[state.quote] : null;
  if (!span) return { ...state, notice: 'no current quote: n goes to the next one' };
  // The reader reads on from the quote: the text has the focus.
  const full: ReaderState = { ...state, speaker: null, filterReturn: null, quote: -1, match: -1, marked: span, focus: 'reader', overlay: null };
  const line = lineOfAnchor(viewOf(ctx, full), { unit: span.unit, offset: 0, before: 0 });
  return { ...scrollTo(ctx, full, line), lastJump: anchorAt(viewOf(ctx, state), state.scroll) };
}
