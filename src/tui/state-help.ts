// The reader's help when it is taller than the window: the reducer's part,
// moving its first row within what the window can show.
import { helpGroups } from './keymap.js';
import { helpScrollMax, readerHelpBox } from './help-layout.js';
import type { ReaderState } from './state-types.js';

/** The help moved by `by` rows, or pages (its window's height less the row saying where it is). */
export function scrollHelp(state: ReaderState, by: number, pages = false): ReaderState {
  const box = readerHelpBox(state.size);
  const max = helpScrollMax(helpGroups(), box.width, box.height);
  const step = pages ? by * Math.max(1, box.height - 1) : by;
  const helpTop = Math.min(max, Math.max(0, state.helpTop + step));
  return helpTop === state.helpTop ? state : { ...state, helpTop };
}
