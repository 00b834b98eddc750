// The reader's state and the actions that change it.
import type { Anchor } from '../layout/view.js';
import type { Size } from './geometry.js';
import type { PaneWants } from './pane-wants.js';

export type Pane = 'toc' | 'reader' | 'people';
export type SidePane = 'toc' | 'people';

export interface FilterReturn {
  /** The place in the full article when the filter was set. */
  anchor: Anchor | null;
  /** The filtered view's scroll when the filter was set: unchanged means the reader never moved. */
  filteredScroll: number;
}

export interface ReaderState {
  size: Size;
  /** The side panes' wished widths for this article (see paneWants). */
  wants: PaneWants | null;
  focus: Pane;
  /** Docked side panes the user hid (wide terminals). */
  tocHidden: boolean;
  peopleHidden: boolean;
  /** A side pane shown over the reader (narrow terminals). */
  overlay: SidePane | null;
  /** Selected entry of the table of contents (a section index) and of the people panel. */
  tocCursor: number;
  peopleCursor: number;
  /** The speaker the reader is filtered to, a `Person.name`. */
  speaker: string | null;
  filterReturn: FilterReturn | null;
  /** The line of the current view at the top of the reading pane. */
  scroll: number;
  /** The search prompt's text while it is open. */
  prompt: string | null;
  /** The last search run, while its matches are shown. */
  query: string | null;
  /** Index of the current match, and of the current quote of the speaker; -1 for none yet. */
  match: number;
  quote: number;
  help: boolean;
  /** A one-off message for the status bar ("no section 7"). */
  notice: string | null;
  /** The article was opened from the library: q and Esc go back to it. */
  canGoBack: boolean;
  /** Set when the reader should close the article ('close') or end the program ('quit'). */
  exit: 'close' | 'quit' | null;
}

export type Action =
  | { type: 'resize'; size: Size }
  | { type: 'wants'; wants: PaneWants }
  | { type: 'scroll'; by: number }
  | { type: 'page'; by: number }
  | { type: 'halfPage'; by: number }
  | { type: 'top' }
  | { type: 'bottom' }
  | { type: 'section'; index: number }
  | { type: 'sectionStep'; by: number }
  | { type: 'focus'; by: number }
  | { type: 'toggle'; pane: SidePane }
  | { type: 'move'; by: number }
  /** In a focused list: a page (or half) of entries, or the first / last entry. */
  | { type: 'movePage'; by: number }
  | { type: 'moveTo'; to: 'first' | 'last' }
  | { type: 'activate' }
  | { type: 'filter'; speaker: string }
  | { type: 'clearFilter' }
  | { type: 'escape' }
  | { type: 'openSearch' }
  | { type: 'searchInput'; text: string }
  | { type: 'searchBackspace' }
  | { type: 'searchClear' }
  | { type: 'runSearch' }
  | { type: 'cancelSearch' }
  | { type: 'step'; by: number }
  | { type: 'help' }
  | { type: 'closeHelp' }
  | { type: 'close' }
  | { type: 'quit' };
