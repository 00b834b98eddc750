// Keys through the keymap and the reducer, as the reader takes them: the
// helper the reducer tests of issue 12 share.
import type { ArticleLayouts } from '../../src/layout/cache.js';
import { actionFor } from '../../src/tui/keymap.js';
import { createReducer, type ReaderState } from '../../src/tui/state.js';

/** A function that presses the named keys in turn ('j', 'S-tab', 'C-l', '’') from a state. */
export function pressKeys(layouts: ArticleLayouts): (state: ReaderState, ...names: string[]) => ReaderState {
  const reduce = createReducer({ layouts });
  return (state, ...names) =>
    names.reduce((s, key) => {
      // A one-character name is typed text too; a longer one ('S-tab') is a key with no text.
      const action = actionFor(s, key, [...key].length === 1 ? key : '');
      return action ? reduce(s, action) : s;
    }, state);
}
