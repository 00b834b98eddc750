// The library's keys as one table: the list reads keys through it, and its
// `h`/`?` help is drawn from it, as the reader's is from its own keymap.
import { commandOf, helpGroupOf, type KeyBinding } from '../key-table.js';

export type LibraryCommand =
  'quit' | 'down' | 'up' | 'pageDown' | 'pageUp' | 'first' | 'last' | 'open' | 'openRow' | 'help' | 'search' | 'next' | 'previous' | 'people' | 'suspend';

export type LibraryBinding = KeyBinding<LibraryCommand>;

export const LIBRARY_BINDINGS: readonly LibraryBinding[] = [
  { keys: ['j', 'down'], label: 'j ↓', help: 'the next article', command: 'down' },
  { keys: ['k', 'up'], label: 'k ↑', help: 'the previous article', command: 'up' },
  { keys: ['space', 'pagedown', 'C-f'], label: 'Space PgDn', help: 'a page down', command: 'pageDown' },
  { keys: ['b', 'pageup', 'C-b'], label: 'b PgUp', help: 'a page up', command: 'pageUp' },
  { keys: ['g', 'home'], label: 'g Home', help: 'the first article', command: 'first' },
  { keys: ['G', 'end'], label: 'G End', help: 'the last article', command: 'last' },
  { keys: ['enter'], label: 'Enter', help: 'open the selected article', command: 'open' },
  { keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9'], label: '1–9', help: 'open the row numbered N on screen', command: 'openRow' },
  { keys: ['/'], label: '/', help: 'search titles and file names; Enter runs it', command: 'search' },
  { keys: ['n'], label: 'n', help: 'the next article the search finds', command: 'next' },
  { keys: ['N'], label: 'N', help: 'the previous one', command: 'previous' },
  { keys: ['P'], label: 'P', help: 'the people index: who said what across every article', command: 'people' },
  { keys: ['h', '?', 'f1'], label: 'h ? F1', help: 'this help; any key closes it', command: 'help' },
  { keys: ['q', 'C-c'], label: 'q', help: 'quit (in an article: back to this list)', command: 'quit' },
  // Read beside the list by the terminal session (suspend.ts): nothing to do here.
  { keys: ['C-z'], label: 'Ctrl-Z', help: 'suspend, as in less; fg comes back', command: 'suspend' },
];

export function libraryCommand(key: string): LibraryCommand | null {
  return commandOf(LIBRARY_BINDINGS, key);
}

/** The help, as the help overlay draws it. */
export function libraryHelpGroups() {
  return helpGroupOf('Library', LIBRARY_BINDINGS);
}
