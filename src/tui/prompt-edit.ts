// Editing the search prompt: a cursor that ←/→ move, typing and Backspace at
// the cursor, Ctrl-W deleting the word before it, Ctrl-U clearing, and ↑/↓
// stepping through earlier searches (newest first), as a shell's line does.
import { stripControls } from '../core/controls.js';
import type { ReaderState } from './state-types.js';

/** Searches kept in the history. */
const HISTORY = 100;

const chars = (text: string) => [...text];

export type PromptEdit =
  | { type: 'searchInput'; text: string }
  | { type: 'searchBackspace' }
  | { type: 'searchClear' }
  | { type: 'searchWordDelete' }
  | { type: 'searchCursor'; by: number }
  | { type: 'searchHistory'; by: number };

export function editPrompt(state: ReaderState, edit: PromptEdit): ReaderState {
  if (state.prompt === null) return state;
  const text = chars(state.prompt);
  const at = Math.max(0, Math.min(text.length, state.promptCursor ?? text.length));
  const set = (next: string[], cursor: number): ReaderState => ({ ...state, prompt: next.join(''), promptCursor: cursor });
  switch (edit.type) {
    case 'searchInput': {
      const typed = chars(stripControls(edit.text));
      return set([...text.slice(0, at), ...typed, ...text.slice(at)], at + typed.length);
    }
    case 'searchBackspace':
      return at === 0 ? state : set([...text.slice(0, at - 1), ...text.slice(at)], at - 1);
    case 'searchClear':
      return set([], 0);
    case 'searchWordDelete': {
      let from = at;
      while (from > 0 && text[from - 1] === ' ') from--;
      while (from > 0 && text[from - 1] !== ' ') from--;
      return set([...text.slice(0, from), ...text.slice(at)], from);
    }
    case 'searchCursor':
      return { ...state, promptCursor: Math.max(0, Math.min(text.length, at + edit.by)) };
    case 'searchHistory': {
      // by -1 (↑): an older search; +1 (↓): a newer one, and past the newest an empty prompt.
      const count = state.history.length;
      if (count === 0) return state;
      const current = state.historyAt ?? count;
      const index = Math.max(0, Math.min(count, current + edit.by));
      const recalled = index === count ? '' : state.history[index];
      return { ...state, prompt: recalled, promptCursor: chars(recalled).length, historyAt: index };
    }
  }
}

/** The history with `query` as its newest entry. */
export function remembered(history: readonly string[], query: string): string[] {
  return [...history.filter((h) => h !== query), query].slice(-HISTORY);
}
