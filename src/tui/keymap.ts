// Keys to actions, as one table: the reader looks keys up in it, and the `?`
// help is drawn from it, so the help lists every key the reader knows.
import type { Action, ReaderState } from './state-types.js';
import { helpScrollMax, readerHelpBox } from './help-layout.js';

export type HelpGroup = 'General' | 'Moving' | 'Sections' | 'Numbers and marks' | 'Speaker filter' | 'Search';

export interface Binding {
  /** Key names as `keyName` gives them. */
  keys: readonly string[];
  /** How the help shows the keys. */
  label: string;
  /** What the help says they do. */
  help: string;
  group: HelpGroup;
  /** When the binding applies; the first that applies wins. */
  when?: (state: ReaderState) => boolean;
  /** Left out of the help, because another entry already says it. */
  hidden?: boolean;
  /** Only in the help: the keys are read through a number typed before them (see less-moves). */
  docOnly?: boolean;
  action: Action | ((state: ReaderState, input: string) => Action | null);
}

const inList = (state: ReaderState) => state.focus !== 'reader';
const searching = (state: ReaderState) => state.query !== null;

/** Bindings while the search prompt is open. */
export const PROMPT_BINDINGS: readonly Binding[] = [
  { keys: ['enter'], label: 'Enter', help: 'run the search', group: 'Search', hidden: true, action: { type: 'runSearch' } },
  { keys: ['escape'], label: 'Esc', help: 'cancel the search', group: 'Search', hidden: true, action: { type: 'cancelSearch' } },
  { keys: ['backspace'], label: 'Backspace', help: 'in the prompt: delete a character', group: 'Search', action: { type: 'searchBackspace' } },
  { keys: ['C-u'], label: 'Ctrl-U', help: 'in the prompt: clear it', group: 'Search', action: { type: 'searchClear' } },
  { keys: ['C-w'], label: 'Ctrl-W', help: 'in the prompt: delete a word', group: 'Search', action: { type: 'searchWordDelete' } },
  { keys: ['left'], label: '← →', help: 'in the prompt: move the cursor', group: 'Search', action: { type: 'searchCursor', by: -1 } },
  { keys: ['right'], label: '→', help: '', group: 'Search', hidden: true, action: { type: 'searchCursor', by: 1 } },
  { keys: ['up'], label: '↑ ↓', help: 'in the prompt: earlier searches', group: 'Search', action: { type: 'searchHistory', by: -1 } },
  { keys: ['down'], label: '↓', help: '', group: 'Search', hidden: true, action: { type: 'searchHistory', by: 1 } },
];

/**
 * Bindings while the help is open and taller than its window (any other key
 * closes it). Its last row names them, so they are not listed in it.
 */
export const HELP_BINDINGS: readonly Binding[] = [
  { keys: ['j', 'down', 'e', 'C-e', 'C-n'], label: 'j ↓', help: 'the help: a row down', group: 'General', hidden: true, action: { type: 'helpScroll', by: 1 } },
  { keys: ['k', 'up', 'y', 'C-y', 'C-p'], label: 'k ↑', help: 'the help: a row up', group: 'General', hidden: true, action: { type: 'helpScroll', by: -1 } },
  {
    keys: ['space', 'pagedown', 'f', 'C-f', 'd', 'C-d'],
    label: 'Space PgDn',
    help: 'the help: a page down',
    group: 'General',
    hidden: true,
    action: { type: 'helpScroll', by: 1, pages: true },
  },
  {
    keys: ['b', 'pageup', 'C-b', 'u', 'C-u'],
    label: 'b PgUp',
    help: 'the help: a page up',
    group: 'General',
    hidden: true,
    action: { type: 'helpScroll', by: -1, pages: true },
  },
  { keys: ['g', 'home'], label: 'g Home', help: 'the help: its top', group: 'General', hidden: true, action: { type: 'helpScroll', by: -Infinity } },
  { keys: ['G', 'end'], label: 'G End', help: 'the help: its end', group: 'General', hidden: true, action: { type: 'helpScroll', by: Infinity } },
];

/** Bindings on a person's page. */
export const PERSON_BINDINGS: readonly Binding[] = [
  {
    keys: ['j', 'down'],
    label: 'j ↓ / k ↑',
    help: "on a person's page: the next / previous quote",
    group: 'Speaker filter',
    action: { type: 'personMove', by: 1 },
  },
  { keys: ['k', 'up'], label: 'k ↑', help: 'the previous quote', group: 'Speaker filter', hidden: true, action: { type: 'personMove', by: -1 } },
  { keys: ['enter'], label: 'Enter', help: "on a person's page: go to that quote in the article", group: 'Speaker filter', action: { type: 'personGo' } },
  { keys: ['escape', 'q', 'left', 'i'], label: 'Esc ←', help: "close a person's page", group: 'Speaker filter', action: { type: 'closePerson' } },
];

/** Bindings while reading. */
export const BINDINGS: readonly Binding[] = [
  { keys: ['q'], label: 'q', help: 'quit (from the library: back to the list)', group: 'General', action: { type: 'close' } },
  { keys: ['C-c'], label: 'Ctrl-C', help: 'quit', group: 'General', action: { type: 'quit' } },
  { keys: ['h', 'f1'], label: 'h F1', help: 'this help; any key closes it', group: 'General', action: { type: 'help' } },
  { keys: ['C-l'], label: 'Ctrl-L', help: 'draw the screen again', group: 'General', action: { type: 'redraw' } },
  // Ctrl-Z is read beside the reader, by the terminal session (suspend.ts); listed here for the help.
  { keys: ['C-z'], label: 'Ctrl-Z', help: 'suspend, as in less; fg comes back', group: 'General', docOnly: true, action: { type: 'redraw' } },
  { keys: ['v'], label: 'v', help: 'edit the file in $VISUAL or $EDITOR', group: 'General', action: { type: 'edit' } },
  { keys: ['=', 'C-g'], label: '= Ctrl-G', help: 'where you are: section, line, %, words', group: 'General', action: { type: 'position' } },
  { keys: ['tab'], label: 'Tab', help: 'focus the next pane', group: 'General', action: { type: 'focus', by: 1 } },
  { keys: ['S-tab'], label: 'Shift-Tab', help: 'focus the previous pane', group: 'General', action: { type: 'focus', by: -1 } },
  { keys: ['t'], label: 't', help: 'hide or show the contents', group: 'General', action: { type: 'toggle', pane: 'toc' } },
  { keys: ['p'], label: 'p', help: 'hide or show the people', group: 'General', action: { type: 'toggle', pane: 'people' } },
  {
    keys: ['j', 'down', 'e', 'C-e', 'C-n'],
    label: 'j ↓ e Ctrl-E',
    help: 'down a line; in lists, the next entry',
    group: 'Moving',
    action: (s) => (inList(s) ? { type: 'move', by: 1 } : { type: 'scroll', by: 1 }),
  },
  {
    keys: ['k', 'up', 'y', 'C-y', 'C-p'],
    label: 'k ↑ y Ctrl-Y',
    help: 'up a line; in lists, the previous one',
    group: 'Moving',
    action: (s) => (inList(s) ? { type: 'move', by: -1 } : { type: 'scroll', by: -1 }),
  },
  {
    keys: ['enter'],
    label: 'Enter',
    help: 'in the text: down a line',
    group: 'Moving',
    when: (s) => s.focus === 'reader' && s.speaker === null,
    action: { type: 'scroll', by: 1 },
  },
  // In a focused list these move the selection, not the article.
  {
    keys: ['space', 'pagedown', 'C-f', 'f', 'C-v'],
    label: 'Space PgDn f Ctrl-F',
    help: 'a page down (lists: a page of entries)',
    group: 'Moving',
    action: (s) => (inList(s) ? { type: 'movePage', by: 1 } : { type: 'page', by: 1 }),
  },
  {
    keys: ['b', 'pageup', 'C-b', 'M-v'],
    label: 'b PgUp Ctrl-B',
    help: 'a page up',
    group: 'Moving',
    action: (s) => (inList(s) ? { type: 'movePage', by: -1 } : { type: 'page', by: -1 }),
  },
  {
    keys: ['d', 'C-d'],
    label: 'd Ctrl-D',
    help: 'half a page down',
    group: 'Moving',
    action: (s) => (inList(s) ? { type: 'movePage', by: 0.5 } : { type: 'halfPage', by: 1 }),
  },
  {
    keys: ['u', 'C-u'],
    label: 'u Ctrl-U',
    help: 'half a page up',
    group: 'Moving',
    action: (s) => (inList(s) ? { type: 'movePage', by: -0.5 } : { type: 'halfPage', by: -1 }),
  },
  {
    keys: ['g', 'home'],
    label: 'g Home',
    help: 'the top (lists: the first entry)',
    group: 'Moving',
    action: (s) => (inList(s) ? { type: 'moveTo', to: 'first' } : { type: 'top' }),
  },
  {
    keys: ['G', 'end'],
    label: 'G End',
    help: 'the bottom (lists: the last entry)',
    group: 'Moving',
    action: (s) => (inList(s) ? { type: 'moveTo', to: 'last' } : { type: 'bottom' }),
  },
  {
    keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
    label: '1–9',
    help: 'section N, its heading at the top',
    group: 'Sections',
    action: (_s, input) => ({ type: 'countDigit', digit: Number(input) }),
  },
  { keys: ['0'], label: '0', help: '', group: 'Sections', hidden: true, action: { type: 'countDigit', digit: 0 } },
  { keys: ['g'], label: 'Ng', help: 'line N (50g)', group: 'Numbers and marks', docOnly: true, action: { type: 'top' } },
  { keys: ['%'], label: 'N% Np', help: 'N% of the way through (30%)', group: 'Numbers and marks', action: { type: 'goPercent', percent: 0 } },
  { keys: [']'], label: 'N]', help: 'section N, past 9 too (12])', group: 'Numbers and marks', docOnly: true, action: { type: 'sectionStep', by: 1 } },
  { keys: ['j'], label: 'N key', help: 'the key N times (5j, 3n)', group: 'Numbers and marks', docOnly: true, action: { type: 'scroll', by: 1 } },
  { keys: ['m'], label: 'm a–z', help: 'set a mark', group: 'Numbers and marks', action: { type: 'awaitLetter', pending: 'mark' } },
  {
    keys: ["'"],
    label: "' a–z",
    help: "go to a mark; '' back to before the last jump",
    group: 'Numbers and marks',
    action: { type: 'awaitLetter', pending: 'goMark' },
  },
  { keys: [']'], label: ']', help: 'the next section', group: 'Sections', action: { type: 'sectionStep', by: 1 } },
  { keys: ['['], label: '[', help: 'the previous section', group: 'Sections', action: { type: 'sectionStep', by: -1 } },
  {
    keys: ['enter'],
    label: 'Enter',
    help: 'on a contents entry: go to that section',
    group: 'Sections',
    when: (s) => s.focus === 'toc',
    action: { type: 'activate' },
  },
  {
    keys: ['enter'],
    label: 'Enter',
    help: 'on a person: only their words; again: all',
    group: 'Speaker filter',
    when: (s) => s.focus !== 'toc',
    action: { type: 'activate' },
  },
  {
    keys: ['i', 'right'],
    label: 'i →',
    help: 'on a person: their page (who, role, every quote)',
    group: 'Speaker filter',
    when: (s) => s.focus === 'people',
    action: { type: 'openPerson' },
  },
  { keys: ['c'], label: 'c', help: 'copy the current quote with its attribution', group: 'Speaker filter', action: { type: 'copy', all: false } },
  { keys: ['C'], label: 'C', help: 'copy every quote shown', group: 'Speaker filter', action: { type: 'copy', all: true } },
  { keys: ['o'], label: 'Enter o', help: 'on the current quote: the whole article there', group: 'Speaker filter', action: { type: 'openQuote' } },
  { keys: ['n'], label: 'n', help: 'the next quote of the speaker', group: 'Speaker filter', when: (s) => !searching(s), action: { type: 'step', by: 1 } },
  { keys: ['N'], label: 'N', help: 'the previous quote of the speaker', group: 'Speaker filter', when: (s) => !searching(s), action: { type: 'step', by: -1 } },
  { keys: ['escape'], label: 'Esc', help: 'clear the filter, back to the same place', group: 'Speaker filter', action: { type: 'escape' } },
  { keys: ['/'], label: '/', help: 'search; Enter runs it, Esc cancels', group: 'Search', action: { type: 'openSearch' } },
  { keys: ['?'], label: '?', help: 'search backward (n goes up)', group: 'Search', action: { type: 'openSearch', kind: 'back' } },
  { keys: ['&'], label: '&', help: 'only paragraphs that match; & Enter: all', group: 'Search', action: { type: 'openSearch', kind: 'grep' } },
  { keys: ['n'], label: 'n', help: 'the next match, wrapping round', group: 'Search', when: searching, action: { type: 'step', by: 1 } },
  { keys: ['N'], label: 'N', help: 'the previous match, wrapping round', group: 'Search', when: searching, action: { type: 'step', by: -1 } },
];

function lookup(bindings: readonly Binding[], state: ReaderState, key: string, input: string): Action | null {
  const binding = bindings.find((b) => !b.docOnly && b.keys.includes(key) && (b.when?.(state) ?? true));
  if (!binding) return null;
  return typeof binding.action === 'function' ? binding.action(state, input) : binding.action;
}

/** The action a key stands for in the current state, or null when it means nothing here. */
export function actionFor(state: ReaderState, key: string, input: string): Action | null {
  if (key === 'C-c') return { type: 'quit' };
  // The terminal session suspends on Ctrl-Z; a frame drawn now would land on the shell's screen.
  if (key === 'C-z') return null;
  // Any key closes the help, and does nothing else; but the keys that move scroll a help taller than the window.
  if (state.help) return (helpScrolls(state) ? lookup(HELP_BINDINGS, state, key, input) : null) ?? { type: 'closeHelp' };
  if (state.prompt !== null) {
    const action = lookup(PROMPT_BINDINGS, state, key, input);
    if (action) return action;
    // Printable text (a key or a paste) goes into the prompt.
    if (key === 'space') return { type: 'searchInput', text: ' ' };
    if (input.length > 0 && !key.startsWith('C-') && !/[\u0000-\u001f\u007f]/.test(input)) return { type: 'searchInput', text: input };
    return null;
  }
  if (state.person) return lookup(PERSON_BINDINGS, state, key, input);
  // m and ' wait for their letter.
  if (state.pending) return { type: 'letter', letter: input || key };
  // After a number, p is a percentage (30p), as in less.
  if (state.count && key === 'p') return { type: 'goPercent', percent: 0 };
  const action = lookup(BINDINGS, state, key, input);
  if (action) return action;
  return key === '' ? null : { type: 'unknownKey', key: displayKey(key) };
}

/** A key as a hint names it: 'x', 'Ctrl-X', 'left'. */
function displayKey(key: string): string {
  return key.startsWith('C-') ? `Ctrl-${key.slice(2).toUpperCase()}` : key;
}

/** Whether the reader's help is taller than its window in a terminal of this size, and so scrolls. */
export function helpScrolls(state: Pick<ReaderState, 'size'>): boolean {
  const box = readerHelpBox(state.size);
  return helpScrollMax(helpGroups(), box.width, box.height) > 0;
}

/** The help, group by group, in the order the table gives. */
export function helpGroups(): { group: HelpGroup; entries: { label: string; help: string }[] }[] {
  const groups = new Map<HelpGroup, { label: string; help: string }[]>();
  for (const b of [...BINDINGS, ...PERSON_BINDINGS, ...PROMPT_BINDINGS].filter((b) => !b.hidden)) {
    const entries = groups.get(b.group) ?? [];
    entries.push({ label: b.label, help: b.help });
    groups.set(b.group, entries);
  }
  return [...groups].map(([group, entries]) => ({ group, entries }));
}
