// The library list as a pure reducer, in the pattern of ink-ui's select
// (state reducer, input, view): a cursor over the articles, the article
// being opened or read, the help, a search, and whether to quit. Keys are
// resolved against the state they arrive in, so a burst of keys read at
// once is applied in order.
import type { KeyPress } from '../keys.js';
import { windowStart } from '../list-window.js';
import { PROMPT_BINDINGS } from '../keymap.js';
import { searchPattern } from '../../layout/search-pattern.js';
import { libraryCommand } from './library-keymap.js';
import { editLine } from '../line-edit.js';

export interface LibraryState {
  count: number;
  cursor: number;
  /** The article asked for, until it is read and shown. */
  opening: number | null;
  /** The article in the reader. */
  open: number | null;
  quit: boolean;
  help: boolean;
  /** The people index is shown (P). */
  people: boolean;
  /** The search prompt's text while it is open, and the last search run. */
  prompt: string | null;
  query: string | null;
  notice: string | null;
}

export type LibraryAction =
  /** `titles`: what a search looks in, one per article (title and file name). */
  | { type: 'key'; press: KeyPress; height: number; titles?: readonly string[] }
  | { type: 'opened'; index: number }
  | { type: 'failed' }
  | { type: 'closed' }
  | { type: 'closedPeople' };

export function initialLibrary(count: number): LibraryState {
  return { count, cursor: 0, opening: null, open: null, quit: false, help: false, people: false, prompt: null, query: null, notice: null };
}

/** The next article from the cursor (`by` 1 or -1) whose title matches the query, wrapping round. */
function find(state: LibraryState, titles: readonly string[], by: number, fromCursor: boolean): LibraryState {
  const pattern = state.query ? searchPattern(state.query) : null;
  if (!pattern) return { ...state, notice: 'no search yet: / searches' };
  for (let step = fromCursor ? 0 : 1; step <= state.count; step++) {
    const i = (((state.cursor + by * step) % state.count) + state.count) % state.count;
    pattern.lastIndex = 0;
    if (pattern.test(titles[i] ?? '')) return { ...state, cursor: i };
  }
  return { ...state, notice: `not found: ${state.query}` };
}

/** What a key does at the prompt: the reader's prompt keys (keymap.ts), of which the list's one-line prompt knows these four. */
function promptEdit(key: string): string | null {
  const action = PROMPT_BINDINGS.find((b) => b.keys.includes(key))?.action;
  return action && typeof action !== 'function' ? action.type : null;
}

function onPrompt(state: LibraryState, { key, input }: KeyPress, titles: readonly string[]): LibraryState {
  const prompt = state.prompt ?? '';
  switch (promptEdit(key)) {
    case 'cancelSearch':
      return { ...state, prompt: null };
    case 'runSearch': {
      const query = prompt.trim() ? prompt : state.query;
      return query ? find({ ...state, prompt: null, query }, titles, 1, true) : { ...state, prompt: null };
    }
    case 'searchBackspace':
      return { ...state, prompt: [...prompt].slice(0, -1).join('') };
    case 'searchClear':
      return { ...state, prompt: '' };
    // The cursor, word and history edits of the reader's prompt: not in this one.
    case null:
      break;
    default:
      return state;
  }
  return { ...state, prompt: editLine(prompt, { key, input }) };
}

function onKey(state: LibraryState, press: KeyPress, height: number, titles: readonly string[]): LibraryState {
  if (press.key === 'C-c') return { ...state, quit: true };
  if (state.help) return { ...state, help: false };
  if (state.prompt !== null) return onPrompt(state, press, titles);
  const to = (cursor: number) => ({ ...state, cursor: Math.max(0, Math.min(state.count - 1, cursor)) });
  const page = Math.max(1, height);
  const command = libraryCommand(press.key);
  switch (command) {
    case 'quit':
      return { ...state, quit: true };
    case 'suspend':
      return state;
    case 'down':
      return to(state.cursor + 1);
    case 'up':
      return to(state.cursor - 1);
    case 'pageDown':
      return to(state.cursor + page);
    case 'pageUp':
      return to(state.cursor - page);
    case 'first':
      return to(0);
    case 'last':
      return to(state.count - 1);
    case 'open':
      return state.count > 0 ? { ...state, opening: state.cursor } : state;
    case 'help':
      return { ...state, help: true };
    case 'people':
      return { ...state, people: true };
    case 'search':
      return { ...state, prompt: '' };
    case 'next':
      return find(state, titles, 1, false);
    case 'previous':
      return find(state, titles, -1, false);
    case 'openRow': {
      // The rows on screen are numbered 1–9 from the first one shown.
      const n = Number(press.key);
      const index = windowStart(state.count, page, state.cursor) + n - 1;
      return n <= page && index < state.count ? { ...state, cursor: index, opening: index } : state;
    }
    case null:
      return { ...state, notice: `${press.key}: not a key here · h for help` };
  }
}

export function libraryReducer(state: LibraryState, action: LibraryAction): LibraryState {
  switch (action.type) {
    case 'key': {
      // While an article is being opened, keys wait for it; Ctrl-C still quits.
      if (state.open !== null || state.opening !== null) return action.press.key === 'C-c' ? { ...state, quit: true } : state;
      const base = state.notice === null ? state : { ...state, notice: null };
      return onKey(base, action.press, action.height, action.titles ?? []);
    }
    case 'opened':
      return { ...state, opening: null, open: action.index, cursor: action.index };
    case 'failed':
      return { ...state, opening: null };
    case 'closed':
      return { ...state, open: null };
    case 'closedPeople':
      return { ...state, people: false };
  }
}
