// The people index's reducer: keys over the lists as drawn, each list keeping
// its cursor while the other is shown, Esc clearing a search before it goes
// back, and the quote asked for held until the library opens it.
import { describe, expect, test } from 'vitest';
import type { PersonEntry } from '../../src/index/people-merge.js';
import { initialPeopleIndex, peopleIndexReducer, type PeopleIndexState, type PeopleLists } from '../../src/tui/people-index/people-index-state.js';
import type { QuoteRow } from '../../src/tui/people-index/people-index-lists.js';

const entry = (name: string): PersonEntry => ({
  name,
  type: 'person',
  articles: 1,
  quotes: 1,
  reported: 0,
  firstDate: null,
  lastDate: null,
  roles: [],
  mentions: [],
});
const row = (text: string) => ({ quote: { text }, first: true, group: {} }) as unknown as QuoteRow;
const lists: PeopleLists = { people: ['Al', 'Bo', 'Cy'].map(entry), quotes: ['one', 'two', 'three'].map(row) };

function press(state: PeopleIndexState, ...keys: string[]): PeopleIndexState {
  return keys.reduce((s, key) => peopleIndexReducer(s, { type: 'key', press: { key, input: key.length === 1 ? key : '' }, height: 10, lists }), state);
}

describe('the people index reducer', () => {
  test('Enter on a person lists their quotes; q comes back to the same person, and again to the same quote', () => {
    let s = press(initialPeopleIndex(), 'j', 'j', 'enter');
    expect(s).toMatchObject({ person: 'person\u0000Cy', cursor: 2, quoteCursor: 0 });
    s = press(s, 'G', 'enter');
    expect(s.open?.quote.text).toBe('three');
    // Keys wait while the article opens.
    expect(press(s, 'k').quoteCursor).toBe(2);
    s = peopleIndexReducer(s, { type: 'opened' });
    expect(s.open).toBeNull();
    s = press(s, 'q');
    expect(s).toMatchObject({ person: null, cursor: 2, closed: false });
    s = press(s, 'q');
    expect(s.closed).toBe(true);
  });

  test('/ searches; Esc clears the search first, then goes back; s, S and t change the list', () => {
    let s = press(initialPeopleIndex(), '/', 'b', 'o', 'enter');
    expect(s).toMatchObject({ query: 'bo', prompt: null });
    s = press(s, 'escape');
    expect(s).toMatchObject({ query: null, closed: false });
    s = press(s, 's');
    expect(s.order).toBe('articles');
    s = press(s, 'S', 'S');
    expect(s.order).toBe('latest');
    s = press(s, 't');
    expect(s.peopleOnly).toBe(true);
    expect(press(s, 'escape').closed).toBe(true);
    expect(press(s, 'x').notice).toMatch(/^x: not a key here/);
  });
});
