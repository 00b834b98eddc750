// The library list as a pure reducer, in the pattern of ink-ui's select
// (state reducer, input, view): a cursor over the articles, the article
// being opened or read, and whether to quit. Keys are resolved against the
// state they arrive in, so a burst of keys read at once is applied in order.
import type { KeyPress } from '../keys.js';
import { windowStart } from '../components/list-pane.js';

export interface LibraryState {
  count: number;
  cursor: number;
  /** The article asked for, until it is read and shown. */
  opening: number | null;
  /** The article in the reader. */
  open: number | null;
  quit: boolean;
}

export type LibraryAction =
  | { type: 'key'; press: KeyPress; height: number }
  | { type: 'opened'; index: number }
  | { type: 'failed' }
  | { type: 'closed' };

export function initialLibrary(count: number): LibraryState {
  return { count, cursor: 0, opening: null, open: null, quit: false };
}

function onKey(state: LibraryState, { key }: KeyPress, height: number): LibraryState {
  const to = (cursor: number) => ({ ...state, cursor: Math.max(0, Math.min(state.count - 1, cursor)) });
  const page = Math.max(1, height);
  switch (key) {
    case 'q':
    case 'C-c':
      return { ...state, quit: true };
    case 'j':
    case 'down':
      return to(state.cursor + 1);
    case 'k':
    case 'up':
      return to(state.cursor - 1);
    case 'space':
    case 'pagedown':
    case 'C-f':
      return to(state.cursor + page);
    case 'b':
    case 'pageup':
    case 'C-b':
      return to(state.cursor - page);
    case 'g':
    case 'home':
      return to(0);
    case 'G':
    case 'end':
      return to(state.count - 1);
    case 'enter':
      return state.count > 0 ? { ...state, opening: state.cursor } : state;
  }
  // 1–9 open the Nth article on screen.
  if (/^[1-9]$/.test(key) && Number(key) <= page) {
    const index = windowStart(state.count, page, state.cursor) + Number(key) - 1;
    return index < state.count ? { ...state, cursor: index, opening: index } : state;
  }
  return state;
}

export function libraryReducer(state: LibraryState, action: LibraryAction): LibraryState {
  switch (action.type) {
    case 'key':
      // While an article is being opened, keys wait for it; Ctrl-C still quits.
      if (state.open !== null || state.opening !== null) return action.press.key === 'C-c' ? { ...state, quit: true } : state;
      return onKey(state, action.press, action.height);
    case 'opened':
      return { ...state, opening: null, open: action.index, cursor: action.index };
    case 'failed':
      return { ...state, opening: null };
    case 'closed':
      return { ...state, open: null };
  }
}
