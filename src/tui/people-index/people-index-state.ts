// The people index as a pure reducer over typed actions, as the library is:
// the people list (order, people only, search, cursor), the chosen person's
// quotes (cursor), the quote asked to open, and going back. Each list keeps
// its cursor while the other is shown, so q comes back to the same place.
import type { KeyPress } from '../keys.js';
import { editLine } from '../line-edit.js';
import { PEOPLE_ORDERS, type PeopleOrder } from '../../index/sort-people.js';
import type { PersonEntry } from '../../index/people-merge.js';
import { peopleCommand } from './people-index-keymap.js';
import { personKey, type QuoteRow } from './people-index-lists.js';

export interface PeopleIndexState {
  order: PeopleOrder;
  peopleOnly: boolean;
  query: string | null;
  prompt: string | null;
  cursor: number;
  /** The person whose quotes are listed (personKey), or null for the people list. */
  person: string | null;
  quoteCursor: number;
  /** The quote asked for, until the library opens its article. */
  open: QuoteRow | null;
  /** Back to the library. */
  closed: boolean;
  quit: boolean;
  help: boolean;
  notice: string | null;
}

/** What the keys move over: the lists as drawn now. */
export interface PeopleLists {
  people: readonly PersonEntry[];
  quotes: readonly QuoteRow[];
}

export type PeopleAction = { type: 'key'; press: KeyPress; height: number; lists: PeopleLists } | { type: 'opened' } | { type: 'reopen' };

export function initialPeopleIndex(): PeopleIndexState {
  return {
    order: 'quotes',
    peopleOnly: false,
    query: null,
    prompt: null,
    cursor: 0,
    person: null,
    quoteCursor: 0,
    open: null,
    closed: false,
    quit: false,
    help: false,
    notice: null,
  };
}

const clamp = (n: number, count: number) => Math.max(0, Math.min(count - 1, n));

function onPrompt(state: PeopleIndexState, press: KeyPress): PeopleIndexState {
  const prompt = state.prompt ?? '';
  if (press.key === 'escape') return { ...state, prompt: null };
  // The search narrows the list as it is run; an empty one shows everyone again.
  if (press.key === 'enter') return { ...state, prompt: null, query: prompt.trim() ? prompt : null, cursor: 0 };
  return { ...state, prompt: editLine(prompt, press) };
}

/** A move in the list shown: the people, or the person's quotes. */
function move(state: PeopleIndexState, command: string, height: number, count: number): PeopleIndexState | null {
  const at = state.person ? state.quoteCursor : state.cursor;
  const page = Math.max(1, height);
  const to = (n: number) => (state.person ? { ...state, quoteCursor: clamp(n, count) } : { ...state, cursor: clamp(n, count) });
  switch (command) {
    case 'down':
      return to(at + 1);
    case 'up':
      return to(at - 1);
    case 'pageDown':
      return to(at + page);
    case 'pageUp':
      return to(at - page);
    case 'first':
      return to(0);
    case 'last':
      return to(count - 1);
    default:
      return null;
  }
}

function onKey(state: PeopleIndexState, press: KeyPress, height: number, lists: PeopleLists): PeopleIndexState {
  if (press.key === 'C-c') return { ...state, quit: true };
  if (state.help) return { ...state, help: false };
  if (state.prompt !== null) return onPrompt(state, press);
  const command = peopleCommand(press.key);
  if (command === null) return { ...state, notice: `${press.key}: not a key here · h for help` };
  const moved = move(state, command, height, state.person ? lists.quotes.length : lists.people.length);
  if (moved) return moved;
  switch (command) {
    case 'quit':
      return { ...state, quit: true };
    case 'suspend':
      return state;
    case 'help':
      return { ...state, help: true };
    case 'back':
      if (state.person) return { ...state, person: null };
      // Esc clears a search first, as in the reader.
      if (press.key === 'escape' && state.query !== null) return { ...state, query: null, cursor: 0 };
      return { ...state, closed: true };
    case 'open': {
      if (state.person) {
        const row = lists.quotes[state.quoteCursor];
        return row ? { ...state, open: row } : state;
      }
      const person = lists.people[state.cursor];
      return person ? { ...state, person: personKey(person), quoteCursor: 0 } : state;
    }
    default:
      break;
  }
  // The rest change the people list; over the quotes they mean nothing.
  if (state.person) return { ...state, notice: `${press.key}: on the people list only · q goes back to it` };
  switch (command) {
    case 'sort':
    case 'sortBack': {
      const by = command === 'sort' ? 1 : -1;
      const order = PEOPLE_ORDERS[(PEOPLE_ORDERS.indexOf(state.order) + by + PEOPLE_ORDERS.length) % PEOPLE_ORDERS.length];
      return { ...state, order, cursor: 0, notice: `sorted by ${order === 'latest' ? 'latest date' : order}` };
    }
    case 'peopleOnly':
      return { ...state, peopleOnly: !state.peopleOnly, cursor: 0 };
    case 'search':
      return { ...state, prompt: '' };
    default:
      return state;
  }
}

export function peopleIndexReducer(state: PeopleIndexState, action: PeopleAction): PeopleIndexState {
  switch (action.type) {
    case 'key': {
      // While a quote's article is being opened, keys wait for it.
      if (state.open) return action.press.key === 'C-c' ? { ...state, quit: true } : state;
      const base = state.notice === null ? state : { ...state, notice: null };
      return onKey(base, action.press, action.height, action.lists);
    }
    case 'opened':
      return { ...state, open: null };
    case 'reopen':
      return { ...state, closed: false };
  }
}
