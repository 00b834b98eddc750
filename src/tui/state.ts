// The reader's state machine: a pure reducer over typed actions. It reads
// cached layouts (through the context), which lay out only the chunks of
// text an action looks at: a move or a jump costs the same on a 5-line and a
// 500,000-line article (a search still reads the whole text).
import { editPrompt, remembered } from './prompt-edit.js';
import { restore } from './resume-state.js';
import type { Size } from './geometry.js';
import { modeFor } from './geometry.js';
import { panelPeople } from './people-order.js';
import { personEntries } from './person-page.js';
import { copy, openQuote, personGo } from './quote-actions.js';
import { clearFilter, filterUnavailable, keepPlace, reveal, scrollBy, scrollTo, setFilter } from './state-place.js';
import { counted, goLine, goPercent, isJump, letter, position, recordJump } from './less-moves.js';
import { scrollHelp } from './state-help.js';
import { geometryOf, currentSection, lastPage, lowerBound, matchesOf, pageOf, quotesOf, viewOf, type ReaderContext } from './selectors.js';
import type { Action, Pane, ReaderState, SidePane } from './state-types.js';

export type { Action, Pane, ReaderState, SidePane } from './state-types.js';
export type { ReaderContext } from './selectors.js';
export { initialState, type InitOptions } from './state-initial.js';

function focusable(state: ReaderState): Pane[] {
  if (modeFor(state.size) !== 'wide') return ['reader', 'toc', 'people'];
  return [...(state.tocHidden ? [] : (['toc'] as Pane[])), 'reader', ...(state.peopleHidden ? [] : (['people'] as Pane[]))];
}

function focusPane(ctx: ReaderContext, state: ReaderState, pane: Pane): ReaderState {
  const next = { ...state, focus: pane };
  // The contents cursor starts on the section being read.
  if (pane === 'toc' && state.focus !== 'toc') next.tocCursor = currentSection(viewOf(ctx, state), state.scroll, pageOf(state));
  if (modeFor(state.size) !== 'wide') next.overlay = pane === 'reader' ? null : pane;
  return next;
}

function jumpToSection(ctx: ReaderContext, state: ReaderState, index: number): ReaderState {
  const count = ctx.layouts.model.sections.length;
  if (index < 0 || index >= count) return { ...state, notice: `no section ${index + 1} (there are ${count})` };
  const view = viewOf(ctx, state);
  // A filtered view may leave the section out: go to the next one it shows. Only the section's own chunk is laid out.
  const { sections } = view;
  for (let i = lowerBound(sections, index); i < sections.length; i++) {
    const start = view.sectionStart(sections[i]);
    if (start >= 0) return { ...scrollTo(ctx, state, start), tocCursor: sections[i] };
  }
  return { ...state, notice: `section ${index + 1} has no quotes of ${state.speaker}` };
}

/** ] and [: the next section that starts below the top line, or the last that starts above it. */
function stepSection(ctx: ReaderContext, state: ReaderState, by: number): ReaderState {
  const view = viewOf(ctx, state);
  const { sections } = view;
  const here = lowerBound(sections, view.sectionOf(state.scroll));
  const starts = (i: number) => (i >= 0 && i < sections.length ? view.sectionStart(sections[i]) : -1);
  let i = here;
  if (by > 0) while (i < sections.length && !(starts(i) > state.scroll)) i++;
  else while (i >= 0 && !(starts(i) >= 0 && starts(i) < state.scroll)) i--;
  if (i < 0 || i >= sections.length) return { ...state, notice: by > 0 ? 'last section' : 'first section' };
  return { ...scrollTo(ctx, state, starts(i)), tocCursor: sections[i] };
}

/** n/N: the next or previous search match, or else quote of the speaker, wrapping round. */
function step(ctx: ReaderContext, state: ReaderState, by: number): ReaderState {
  const view = viewOf(ctx, state);
  const matches = matchesOf(ctx, state, view);
  const quotes = matches ? null : quotesOf(ctx, state, view);
  const spans = matches ?? quotes;
  if (!spans) return { ...state, notice: 'nothing to step through: / searches, Enter on a person filters' };
  const count = spans.spans.length;
  if (count === 0) return state;
  const current = matches ? state.match : state.quote;
  let index: number;
  if (current === -1) {
    // The first one from where the reader is.
    const from = spans.firstFrom(state.scroll);
    index = by > 0 ? from % count : (from - 1 + count) % count;
  } else {
    index = (((current + by) % count) + count) % count;
  }
  const wrapped = current !== -1 && (by > 0 ? index < current : index > current);
  const moved = reveal(ctx, state, spans.lineOf(index));
  return {
    ...moved,
    ...(matches ? { match: index } : { quote: index }),
    notice: wrapped ? (by > 0 ? 'wrapped to the first' : 'wrapped to the last') : null,
  };
}

/** What a search that found nothing says: inside a filter, how often the whole article has it. */
function notFound(ctx: ReaderContext, state: ReaderState, query: string): string {
  if (state.speaker === null) return `not found: ${query}`;
  const whole = ctx.layouts.matchesIn(viewOf(ctx, { ...state, speaker: null }), query).spans.length;
  if (whole === 0) return `not found: ${query}`;
  return `${query}: outside the filter (${whole} in the whole article; Esc clears it)`;
}

function runSearch(ctx: ReaderContext, state: ReaderState): ReaderState {
  const typed = state.prompt?.trim() ? state.prompt : null;
  const closed = { ...state, prompt: null, history: typed ? remembered(state.history, typed) : state.history, historyAt: null };
  // &: only the paragraphs that match; & with an empty pattern shows them all again.
  if (state.promptKind === 'grep') {
    const grep = typed;
    if (grep === state.grep) return closed;
    const next = keepPlace(ctx, state, { ...closed, grep, match: -1, quote: -1 });
    if (grep !== null && viewOf(ctx, next).sections.length === 0) return { ...closed, notice: `no paragraph matches ${grep}` };
    return next;
  }
  const query = typed ?? state.query;
  if (!query) return closed;
  const backward = typed ? state.promptKind === 'back' : state.backward;
  const searched = { ...closed, query, backward, match: -1 };
  const matches = matchesOf(ctx, searched);
  if (!matches || matches.spans.length === 0) return { ...closed, query: null, match: -1, notice: notFound(ctx, state, query) };
  return step(ctx, searched, backward ? -1 : 1);
}

function escape(ctx: ReaderContext, state: ReaderState): ReaderState {
  if (state.count || state.pending) return { ...state, count: null, pending: null };
  if (state.marked) return { ...state, marked: null };
  if (state.overlay) return { ...state, overlay: null, focus: 'reader' };
  if (state.query !== null) return { ...state, query: null, match: -1 };
  if (state.grep !== null) return keepPlace(ctx, state, { ...state, grep: null });
  if (state.speaker !== null) return clearFilter(ctx, state);
  if (state.canGoBack) return { ...state, exit: 'close' };
  return state;
}

function activate(ctx: ReaderContext, state: ReaderState): ReaderState {
  const closeOverlay = (s: ReaderState): ReaderState => (s.overlay ? { ...s, overlay: null, focus: 'reader' } : s);
  if (state.focus === 'toc') return closeOverlay(jumpToSection(ctx, state, state.tocCursor));
  if (state.focus === 'people') {
    const person = panelPeople(ctx.layouts.model.people)[state.peopleCursor];
    if (!person) {
      const unavailable = filterUnavailable(ctx);
      return unavailable ? { ...state, notice: unavailable } : state;
    }
    // Enter again on the followed speaker: the whole article, at the current quote when n has gone to one.
    const again = state.quote >= 0 ? openQuote(ctx, state) : clearFilter(ctx, state);
    const next = state.speaker === person.name ? again : setFilter(ctx, state, person.name);
    return next.notice ? next : closeOverlay(next);
  }
  // In the text of a filter: on a current quote, open it in the whole article; else back to where the filter began.
  return state.speaker !== null && state.quote >= 0 ? openQuote(ctx, state) : clearFilter(ctx, state);
}

function moveCursor(ctx: ReaderContext, state: ReaderState, by: number): ReaderState {
  const { model } = ctx.layouts;
  const clamp = (n: number, count: number) => Math.max(0, Math.min(count - 1, n));
  if (state.focus !== 'reader' && !Number.isFinite(by)) {
    const count = state.focus === 'toc' ? model.sections.length : model.people.length;
    return { ...state, [state.focus === 'toc' ? 'tocCursor' : 'peopleCursor']: by < 0 ? 0 : Math.max(0, count - 1) };
  }
  if (state.focus === 'toc') return { ...state, tocCursor: clamp(state.tocCursor + by, model.sections.length) };
  if (state.focus === 'people') return { ...state, peopleCursor: clamp(state.peopleCursor + by, model.people.length) };
  return scrollBy(ctx, state, by);
}

/** Entries a focused list shows at once: a page of the list. */
function listPage(state: ReaderState): number {
  const geo = geometryOf(state);
  const pane = state.focus === 'toc' ? geo.toc : geo.people;
  return Math.max(1, pane ? pane.listHeight : geo.bodyHeight - 3);
}

function toggle(ctx: ReaderContext, state: ReaderState, pane: SidePane): ReaderState {
  if (modeFor(state.size) !== 'wide') {
    return state.overlay === pane ? { ...state, overlay: null, focus: 'reader' } : focusPane(ctx, state, pane);
  }
  const hidden = pane === 'toc' ? !state.tocHidden : !state.peopleHidden;
  const next = {
    ...state,
    ...(pane === 'toc' ? { tocHidden: hidden } : { peopleHidden: hidden }),
    focus: hidden && state.focus === pane ? ('reader' as Pane) : state.focus,
  };
  return keepPlace(ctx, state, next);
}

function resize(ctx: ReaderContext, state: ReaderState, size: Size): ReaderState {
  const columns = Math.max(1, Math.floor(size.columns));
  const rows = Math.max(2, Math.floor(size.rows));
  if (columns === state.size.columns && rows === state.size.rows) return state;
  const next: ReaderState = { ...state, size: { columns, rows } };
  if (modeFor(next.size) === 'wide') {
    next.overlay = null;
    if ((next.focus === 'toc' && next.tocHidden) || (next.focus === 'people' && next.peopleHidden)) next.focus = 'reader';
  } else if (next.focus !== 'reader' && next.overlay !== next.focus) {
    next.focus = 'reader';
  }
  return keepPlace(ctx, state, next);
}

function reduce(ctx: ReaderContext, state: ReaderState, action: Action): ReaderState {
  switch (action.type) {
    case 'resize':
      return resize(ctx, state, action.size);
    case 'restore': {
      const restored = restore(ctx, state, action.saved);
      return action.warning ? { ...restored, notice: action.warning } : restored;
    }
    // The quotes came in (or another article): the panes take new widths, the text keeps its place.
    case 'wants':
      return keepPlace(ctx, state, { ...state, wants: action.wants });
    case 'scroll':
      return scrollBy(ctx, state, action.by);
    case 'page':
      return scrollBy(ctx, state, action.by * pageOf(state));
    case 'halfPage':
      return scrollBy(ctx, state, action.by * Math.max(1, Math.floor(pageOf(state) / 2)));
    case 'top':
      return scrollTo(ctx, state, viewOf(ctx, state).first());
    // The last page: the end of the text and the page above it are laid out, not what lies before.
    case 'bottom':
      return scrollTo(ctx, state, lastPage(viewOf(ctx, state), pageOf(state)));
    case 'section':
      return jumpToSection(ctx, state, action.index);
    case 'sectionStep':
      return stepSection(ctx, state, action.by);
    case 'focus': {
      const panes = focusable(state);
      const at = Math.max(0, panes.indexOf(state.focus));
      return focusPane(ctx, state, panes[(at + action.by + panes.length) % panes.length]);
    }
    case 'toggle':
      return toggle(ctx, state, action.pane);
    case 'move':
      return moveCursor(ctx, state, action.by);
    case 'mouseList':
      return { ...moveCursor(ctx, { ...state, focus: action.pane }, action.by), focus: state.focus };
    case 'movePage':
      return moveCursor(ctx, state, Math.trunc(action.by * listPage(state)) || Math.sign(action.by));
    case 'moveTo':
      return moveCursor(ctx, state, action.to === 'first' ? -Infinity : Infinity);
    case 'activate':
      return activate(ctx, state);
    case 'openQuote':
      return openQuote(ctx, state);
    case 'copy':
      return copy(ctx, state, action.all);
    case 'openPerson': {
      const person = panelPeople(ctx.layouts.model.people)[state.peopleCursor];
      return person ? { ...state, person: { name: person.name, cursor: 0 } } : { ...state, notice: 'no one to show: the people pane is empty' };
    }
    case 'personMove': {
      if (!state.person) return state;
      const count = personEntries(ctx.layouts, state.person.name).length;
      return { ...state, person: { ...state.person, cursor: Math.max(0, Math.min(count - 1, state.person.cursor + action.by)) } };
    }
    case 'closePerson':
      return { ...state, person: null };
    case 'personGo':
      return personGo(ctx, state);
    case 'filter':
      return setFilter(ctx, state, action.speaker);
    case 'clearFilter':
      return clearFilter(ctx, state);
    case 'escape':
      return escape(ctx, state);
    case 'openSearch':
      return { ...state, prompt: '', promptCursor: null, historyAt: null, promptKind: action.kind ?? 'search' };
    case 'searchInput':
    case 'searchBackspace':
    case 'searchClear':
    case 'searchWordDelete':
    case 'searchCursor':
    case 'searchHistory':
      return editPrompt(state, action);
    case 'runSearch':
      return runSearch(ctx, state);
    case 'cancelSearch':
      return { ...state, prompt: null };
    // After a backward search (?), n goes up and N down, as in less.
    case 'step':
      return step(ctx, state, state.query !== null && state.backward ? -action.by : action.by);
    case 'countDigit': {
      if (state.count) return { ...state, count: { ...state.count, digits: state.count.digits + action.digit } };
      const count = { digits: String(action.digit), from: state.scroll };
      // A digit alone still goes to its section at once; it also starts a number for the next key.
      return action.digit === 0 ? { ...state, count } : { ...reduce(ctx, state, { type: 'section', index: action.digit - 1 }), count };
    }
    case 'counted':
      return counted(ctx, state, action.action, (s, a) => reduce(ctx, s, a));
    case 'goLine':
      return goLine(ctx, state, action.line);
    case 'goPercent':
      return goPercent(ctx, state, action.percent);
    case 'position':
      return position(ctx, state);
    case 'awaitLetter':
      return { ...state, pending: action.pending };
    case 'letter':
      return letter(ctx, state, action.letter);
    case 'unknownKey':
      return { ...state, notice: `${action.key}: not a key here · h for help`, hint: true };
    case 'clearNotice':
      return state;
    case 'say':
      return { ...state, notice: action.notice };
    case 'redraw':
      return { ...state, redraw: state.redraw + 1 };
    case 'edit':
      return { ...state, edit: state.edit + 1 };
    case 'help':
      return { ...state, help: true, helpTop: 0 };
    case 'helpScroll':
      return scrollHelp(state, action.by, action.pages);
    case 'closeHelp':
      return { ...state, help: false };
    case 'close':
      return { ...state, exit: 'close' };
    case 'quit':
      return { ...state, exit: 'quit' };
  }
}

/** The reducer for one article: `(state, action) => state`, pure given its cached layouts. */
export function createReducer(ctx: ReaderContext): (state: ReaderState, action: Action) => ReaderState {
  return (state, action) => {
    // A notice stays until the next key; new pane widths (the quotes came in) are not one.
    const base = state.notice === null || action.type === 'wants' ? state : { ...state, notice: null, hint: false };
    // A number typed before a key applies to that key only.
    const withCount =
      base.count &&
      action.type !== 'countDigit' &&
      action.type !== 'counted' &&
      action.type !== 'resize' &&
      action.type !== 'wants' &&
      action.type !== 'clearNotice'
        ? reduce(ctx, base, { type: 'counted', action })
        : reduce(ctx, base, action);
    // A counted jump started where the reader was before its first digit.
    const before = base.count ? { ...base, scroll: base.count.from } : base;
    const next = isJump(action) || (base.count && isJump({ type: 'counted', action })) ? recordJump(ctx, before, withCount) : withCount;
    // An action that changes nothing returns the same object, so React skips the render.
    return next.notice === null && state.notice === null && shallowEqual(next, state) ? state : next;
  };
}

function shallowEqual(a: ReaderState, b: ReaderState): boolean {
  for (const key of Object.keys(a) as (keyof ReaderState)[]) if (a[key] !== b[key]) return false;
  return true;
}
