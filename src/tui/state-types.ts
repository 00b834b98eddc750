// The reader's state and the actions that change it.
import type { Anchor } from '../layout/places.js';
import type { Span } from '../layout/spans.js';
import type { Saved } from './resume-store.js';
import type { Size } from './geometry.js';
import type { PaneWants } from './pane-wants.js';

export type Pane = 'toc' | 'reader' | 'people';
export type SidePane = 'toc' | 'people';
export type PromptKind = 'search' | 'back' | 'grep';

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
  /** The line of the current view at the top of the reading pane: a position in that view (see ViewLayout), not a line number. */
  scroll: number;
  /** The search prompt's text while it is open. */
  prompt: string | null;
  /** Where the prompt's cursor is, in characters; null: at the end. */
  promptCursor: number | null;
  /** Earlier searches, oldest first, and the one ↑/↓ recalled into the prompt. */
  history: readonly string[];
  historyAt: number | null;
  /** What the prompt is for: a search forward (/), backward (?), or the paragraphs to show (&). */
  promptKind: PromptKind;
  /** The last search runs backward: n goes up, N down (as in less). */
  backward: boolean;
  /** `&`: only the paragraphs that match this pattern are shown. */
  grep: string | null;
  /** A number typed before a key (50g, 30%, 12]), and the place before its first digit. */
  count: { digits: string; from: number } | null;
  /** A key that waits for a letter: m (set a mark) or ' (go to one). */
  pending: 'mark' | 'goMark' | null;
  /** Marks set with m, by letter, and the place before the last jump (for ''). */
  marks: Readonly<Record<string, Anchor>>;
  lastJump: Anchor | null;
  /** The quote opened in the whole article from a filter (Enter or o on it): drawn as the current one. */
  marked: Span | null;
  /** A person's page, and the quote selected on it. */
  person: { name: string; cursor: number } | null;
  /** The notice is a hint (an unknown key), which goes after two seconds. */
  hint: boolean;
  /** What c or C copied last, for the clipboard (the count changes with each copy). */
  copied: { text: string; count: number } | null;
  /** Bumped by Ctrl-L: the screen is drawn again. */
  redraw: number;
  /** Bumped by v: the article is opened in the editor. */
  edit: number;
  /** The last search run, while its matches are shown. */
  query: string | null;
  /** Index of the current match, and of the current quote of the speaker; -1 for none yet. */
  match: number;
  quote: number;
  help: boolean;
  /** The first row of the help shown, when it is taller than the window. */
  helpTop: number;
  /** A one-off message for the status bar ("no section 7"). */
  notice: string | null;
  /** The article was opened from the library: q and Esc go back to it. */
  canGoBack: boolean;
  /** Set when the reader should close the article ('close') or end the program ('quit'). */
  exit: 'close' | 'quit' | null;
}

export type Action =
  | { type: 'resize'; size: Size }
  /** The place saved when the article was last read (see resume-store). */
  | { type: 'restore'; saved: Saved; warning?: string | null }
  | { type: 'say'; notice: string }
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
  /** The wheel over a side list: its selection moves, and the list with it. */
  | { type: 'mouseList'; pane: 'toc' | 'people'; by: number }
  /** In a focused list: a page (or half) of entries, or the first / last entry. */
  | { type: 'movePage'; by: number }
  | { type: 'moveTo'; to: 'first' | 'last' }
  | { type: 'activate' }
  /** In a filter: the whole article at the current quote's paragraph. */
  | { type: 'openQuote' }
  | { type: 'openPerson' }
  /** c: the current quote; C: every quote shown. */
  | { type: 'copy'; all: boolean }
  | { type: 'personMove'; by: number }
  | { type: 'personGo' }
  | { type: 'closePerson' }
  | { type: 'filter'; speaker: string }
  | { type: 'clearFilter' }
  | { type: 'escape' }
  | { type: 'openSearch'; kind?: PromptKind }
  | { type: 'searchInput'; text: string }
  | { type: 'searchBackspace' }
  | { type: 'searchClear' }
  | { type: 'searchWordDelete' }
  | { type: 'searchCursor'; by: number }
  | { type: 'searchHistory'; by: number }
  | { type: 'runSearch' }
  | { type: 'cancelSearch' }
  | { type: 'step'; by: number }
  | { type: 'countDigit'; digit: number }
  /** A key's action with the number typed before it. */
  | { type: 'counted'; action: Action }
  | { type: 'goLine'; line: number }
  | { type: 'goPercent'; percent: number }
  | { type: 'position' }
  | { type: 'awaitLetter'; pending: 'mark' | 'goMark' }
  | { type: 'letter'; letter: string }
  | { type: 'unknownKey'; key: string }
  | { type: 'clearNotice' }
  | { type: 'redraw' }
  | { type: 'edit' }
  | { type: 'help' }
  /** Scroll the help by rows, or by pages of the window (±Infinity: to its top or bottom). */
  | { type: 'helpScroll'; by: number; pages?: boolean }
  | { type: 'closeHelp' }
  | { type: 'close' }
  | { type: 'quit' };
