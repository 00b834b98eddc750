// Keys to actions, as one table: the reader looks keys up in it, and the `?`
// help is drawn from it, so the help lists every key the reader knows.
import type { Action, ReaderState } from './state-types.js';

export type HelpGroup = 'General' | 'Moving' | 'Sections' | 'Speaker filter' | 'Search';

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
];

/** Bindings while reading. */
export const BINDINGS: readonly Binding[] = [
  { keys: ['q'], label: 'q', help: 'quit (from the library: back to the list)', group: 'General', action: { type: 'close' } },
  { keys: ['C-c'], label: 'Ctrl-C', help: 'quit', group: 'General', action: { type: 'quit' } },
  { keys: ['?'], label: '?', help: 'this help; any key closes it', group: 'General', action: { type: 'help' } },
  { keys: ['tab'], label: 'Tab', help: 'focus the next pane', group: 'General', action: { type: 'focus', by: 1 } },
  { keys: ['S-tab'], label: 'Shift-Tab', help: 'focus the previous pane', group: 'General', action: { type: 'focus', by: -1 } },
  { keys: ['t'], label: 't', help: 'hide or show the contents', group: 'General', action: { type: 'toggle', pane: 'toc' } },
  { keys: ['p'], label: 'p', help: 'hide or show the people', group: 'General', action: { type: 'toggle', pane: 'people' } },
  { keys: ['j', 'down'], label: 'j ↓', help: 'down a line; in lists, the next entry', group: 'Moving',
    action: (s) => (inList(s) ? { type: 'move', by: 1 } : { type: 'scroll', by: 1 }) },
  { keys: ['k', 'up'], label: 'k ↑', help: 'up a line; in lists, the previous one', group: 'Moving',
    action: (s) => (inList(s) ? { type: 'move', by: -1 } : { type: 'scroll', by: -1 }) },
  // In a focused list these move the selection, not the article.
  { keys: ['space', 'pagedown', 'C-f'], label: 'Space PgDn Ctrl-F', help: 'a page down (lists: a page of entries)', group: 'Moving',
    action: (s) => (inList(s) ? { type: 'movePage', by: 1 } : { type: 'page', by: 1 }) },
  { keys: ['b', 'pageup', 'C-b'], label: 'b PgUp Ctrl-B', help: 'a page up', group: 'Moving',
    action: (s) => (inList(s) ? { type: 'movePage', by: -1 } : { type: 'page', by: -1 }) },
  { keys: ['C-d'], label: 'Ctrl-D', help: 'half a page down', group: 'Moving',
    action: (s) => (inList(s) ? { type: 'movePage', by: 0.5 } : { type: 'halfPage', by: 1 }) },
  { keys: ['C-u'], label: 'Ctrl-U', help: 'half a page up', group: 'Moving',
    action: (s) => (inList(s) ? { type: 'movePage', by: -0.5 } : { type: 'halfPage', by: -1 }) },
  { keys: ['g', 'home'], label: 'g Home', help: 'the top (lists: the first entry)', group: 'Moving',
    action: (s) => (inList(s) ? { type: 'moveTo', to: 'first' } : { type: 'top' }) },
  { keys: ['G', 'end'], label: 'G End', help: 'the bottom (lists: the last entry)', group: 'Moving',
    action: (s) => (inList(s) ? { type: 'moveTo', to: 'last' } : { type: 'bottom' }) },
  { keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'], label: '1–9', help: 'section N, its heading at the top', group: 'Sections',
    action: (_s, input) => ({ type: 'section', index: Number(input) - 1 }) },
  { keys: [']'], label: ']', help: 'the next section', group: 'Sections', action: { type: 'sectionStep', by: 1 } },
  { keys: ['['], label: '[', help: 'the previous section', group: 'Sections', action: { type: 'sectionStep', by: -1 } },
  { keys: ['enter'], label: 'Enter', help: 'on a contents entry: go to that section', group: 'Sections',
    when: (s) => s.focus === 'toc', action: { type: 'activate' } },
  { keys: ['enter'], label: 'Enter', help: 'on a person: only their words; again: all', group: 'Speaker filter',
    when: (s) => s.focus !== 'toc', action: { type: 'activate' } },
  { keys: ['n'], label: 'n', help: 'the next quote of the speaker', group: 'Speaker filter',
    when: (s) => !searching(s), action: { type: 'step', by: 1 } },
  { keys: ['N'], label: 'N', help: 'the previous quote of the speaker', group: 'Speaker filter',
    when: (s) => !searching(s), action: { type: 'step', by: -1 } },
  { keys: ['escape'], label: 'Esc', help: 'clear the filter, back to the same place', group: 'Speaker filter', action: { type: 'escape' } },
  { keys: ['/'], label: '/', help: 'search; Enter runs it, Esc cancels', group: 'Search', action: { type: 'openSearch' } },
  { keys: ['n'], label: 'n', help: 'the next match, wrapping round', group: 'Search', when: searching, action: { type: 'step', by: 1 } },
  { keys: ['N'], label: 'N', help: 'the previous match, wrapping round', group: 'Search', when: searching, action: { type: 'step', by: -1 } },
];

function lookup(bindings: readonly Binding[], state: ReaderState, key: string, input: string): Action | null {
  const binding = bindings.find((b) => b.keys.includes(key) && (b.when?.(state) ?? true));
  if (!binding) return null;
  return typeof binding.action === 'function' ? binding.action(state, input) : binding.action;
}

/** The action a key stands for in the current state, or null when it means nothing here. */
export function actionFor(state: ReaderState, key: string, input: string): Action | null {
  if (key === 'C-c') return { type: 'quit' };
  // Any key closes the help, and does nothing else.
  if (state.help) return { type: 'closeHelp' };
  if (state.prompt !== null) {
    const action = lookup(PROMPT_BINDINGS, state, key, input);
    if (action) return action;
    // Printable text (a key or a paste) goes into the prompt.
    if (key === 'space') return { type: 'searchInput', text: ' ' };
    // eslint-disable-next-line no-control-regex
    if (input.length > 0 && !key.startsWith('C-') && !/[\u0000-\u001f\u007f]/.test(input)) return { type: 'searchInput', text: input };
    return null;
  }
  return lookup(BINDINGS, state, key, input);
}

/** The help, group by group, in the order the table gives. */
export function helpGroups(): { group: HelpGroup; entries: { label: string; help: string }[] }[] {
  const groups = new Map<HelpGroup, { label: string; help: string }[]>();
  for (const b of [...BINDINGS, ...PROMPT_BINDINGS].filter((b) => !b.hidden)) {
    const entries = groups.get(b.group) ?? [];
    entries.push({ label: b.label, help: b.help });
    groups.set(b.group, entries);
  }
  return [...groups].map(([group, entries]) => ({ group, entries }));
}
