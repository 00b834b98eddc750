// The reader's state when an article opens.
import type { Size } from './geometry.js';
import type { PaneWants } from './pane-wants.js';
import type { ReaderState } from './state-types.js';

export interface InitOptions {
  size: Size;
  canGoBack?: boolean;
  wants?: PaneWants | null;
}

export function initialState({ size, canGoBack = false, wants = null }: InitOptions): ReaderState {
  return {
    size,
    wants,
    focus: 'reader',
    tocHidden: false,
    peopleHidden: false,
    overlay: null,
    tocCursor: 0,
    peopleCursor: 0,
    speaker: null,
    filterReturn: null,
    scroll: 0,
    prompt: null,
    promptKind: 'search',
    promptCursor: null,
    history: [],
    historyAt: null,
    backward: false,
    grep: null,
    count: null,
    pending: null,
    marks: {},
    lastJump: null,
    hint: false,
    marked: null,
    person: null,
    copied: null,
    redraw: 0,
    edit: 0,
    query: null,
    match: -1,
    quote: -1,
    help: false,
    helpTop: 0,
    notice: null,
    canGoBack,
    exit: null,
  };
}
