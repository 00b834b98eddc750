// The people index's keys as one table: the screen reads keys through it, and
// its help is drawn from it, as the library's and the reader's are.
import { commandOf, helpGroupOf, type KeyBinding } from '../key-table.js';

export type PeopleCommand =
  'down' | 'up' | 'pageDown' | 'pageUp' | 'first' | 'last' | 'open' | 'back' | 'sort' | 'sortBack' | 'peopleOnly' | 'search' | 'help' | 'quit' | 'suspend';

export const PEOPLE_BINDINGS: readonly KeyBinding<PeopleCommand>[] = [
  { keys: ['j', 'down'], label: 'j ↓', help: 'the next person, or quote', command: 'down' },
  { keys: ['k', 'up'], label: 'k ↑', help: 'the previous one', command: 'up' },
  { keys: ['space', 'pagedown', 'C-f'], label: 'Space PgDn', help: 'a page down', command: 'pageDown' },
  { keys: ['b', 'pageup', 'C-b'], label: 'b PgUp', help: 'a page up', command: 'pageUp' },
  { keys: ['g', 'home'], label: 'g Home', help: 'the first', command: 'first' },
  { keys: ['G', 'end'], label: 'G End', help: 'the last', command: 'last' },
  {
    keys: ['enter'],
    label: 'Enter',
    help: 'on a person: their quotes across the articles; on a quote: its article, filtered to them, at that quote',
    command: 'open',
  },
  { keys: ['s'], label: 's', help: 'sort by quotes, articles, name, latest date (in turn)', command: 'sort' },
  { keys: ['S'], label: 'S', help: 'the sort before', command: 'sortBack' },
  { keys: ['t'], label: 't', help: 'people only, or every type of speaker', command: 'peopleOnly' },
  { keys: ['/'], label: '/', help: 'search names and roles; Esc clears it', command: 'search' },
  { keys: ['q', 'escape'], label: 'q Esc', help: 'back: from the quotes to the people, from the people to the library', command: 'back' },
  { keys: ['h', '?', 'f1'], label: 'h ? F1', help: 'this help; any key closes it', command: 'help' },
  { keys: ['C-c'], label: 'Ctrl-C', help: 'quit', command: 'quit' },
  { keys: ['C-z'], label: 'Ctrl-Z', help: 'suspend, as in less; fg comes back', command: 'suspend' },
];

export function peopleCommand(key: string): PeopleCommand | null {
  return commandOf(PEOPLE_BINDINGS, key);
}

export function peopleHelpGroups() {
  return helpGroupOf('People index', PEOPLE_BINDINGS);
}
