import { describe, expect, test } from 'vitest';
import { initialLibrary, libraryReducer, type LibraryState } from '../../src/tui/library/library-state.js';

const key = (state: LibraryState, name: string, height = 5) => libraryReducer(state, { type: 'key', press: { key: name, input: name }, height });
const keys = (state: LibraryState, ...names: string[]) => names.reduce((s, n) => key(s, n), state);

describe('the library list', () => {
  test('moves by line, page and end, never past the list', () => {
    const start = initialLibrary(12);
    expect(keys(start, 'j', 'down', 'k').cursor).toBe(1);
    expect(keys(start, 'k').cursor).toBe(0);
    expect(keys(start, 'space').cursor).toBe(5);
    expect(keys(start, 'G').cursor).toBe(11);
    expect(keys(start, 'G', 'j', 'pagedown').cursor).toBe(11);
    expect(keys(start, 'G', 'b', 'home').cursor).toBe(0);
  });

  test('Enter and 1–9 ask for an article; keys wait while it opens; q quits', () => {
    const start = initialLibrary(12);
    expect(keys(start, 'j', 'enter').opening).toBe(1);
    // With the list scrolled to keep the cursor in view, digits count from the first row shown.
    const scrolled = keys(start, 'G', '2');
    expect(scrolled.opening).toBe(8);
    expect(keys(start, '9').opening).toBeNull();
    const opening = keys(start, 'enter', 'j', 'q');
    expect([opening.cursor, opening.quit]).toEqual([0, false]);
    expect(key(opening, 'C-c').quit).toBe(true);
    expect(keys(start, 'q').quit).toBe(true);
  });

  test('back from the reader, the list is where it was', () => {
    const read = libraryReducer(keys(initialLibrary(12), 'j', 'j', 'enter'), { type: 'opened', index: 2 });
    expect(read.open).toBe(2);
    expect(key(read, 'j').cursor).toBe(2);
    const back = libraryReducer(read, { type: 'closed' });
    expect([back.open, back.cursor]).toEqual([null, 2]);
    expect(libraryReducer(keys(initialLibrary(3), 'enter'), { type: 'failed' }).opening).toBeNull();
  });

  test('an empty folder opens nothing', () => {
    expect(keys(initialLibrary(0), 'enter', '1').opening).toBeNull();
  });
});
