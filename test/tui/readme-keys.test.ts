// README's key table, the help overlay and the keymap agree: every key the
// keymap binds (and the help lists) is in README's table of keys.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { BINDINGS, helpGroups, PERSON_BINDINGS, PROMPT_BINDINGS } from '../../src/tui/keymap.js';
import { LIBRARY_BINDINGS } from '../../src/tui/library/library-keymap.js';
import { PEOPLE_BINDINGS } from '../../src/tui/people-index/people-index-keymap.js';
import { ROOT } from '../helpers/articles.js';

const readme = readFileSync(`${ROOT}/README.md`, 'utf8');
const section = (from: string, to: string) => readme.slice(readme.indexOf(from), readme.indexOf(to, readme.indexOf(from)));
const keysTable = section('### Keys', '## Input formats');

/** The keys a help label names: "j ↓ e Ctrl-E" → j, ↓, e, Ctrl-E. */
function keysOf(label: string): string[] {
  if (label.startsWith('N')) return []; // a number before a key: described in words
  return label
    .replace('1–9', '1')
    .replace(' a–z', '')
    .split(' / ')
    .flatMap((part) => part.split(' '))
    .filter(Boolean);
}

describe('README and the keymap', () => {
  test("every key of the reader's keymap is in README's key table", () => {
    for (const b of [...BINDINGS, ...PERSON_BINDINGS, ...PROMPT_BINDINGS].filter((b) => !b.hidden)) {
      for (const key of keysOf(b.label)) expect(keysTable, `${b.label}: ${b.help}`).toContain(`\`${key}\``);
    }
  });

  test('the help lists what the keymap binds, numbers and marks included', () => {
    const labels = helpGroups().flatMap((g) => g.entries.map((e) => e.label));
    for (const label of ['Ng', 'N% Np', 'N]', "' a–z", 'm a–z', 'c', 'C', 'i →', '&', '?', 'h F1', '= Ctrl-G', 'v', 'Ctrl-L']) {
      expect(labels).toContain(label);
    }
    for (const word of ['50g', '30%', '30p', '12]']) expect(keysTable).toContain(word);
  });

  test("every key of the library's keymap is in README's paragraph on the library", () => {
    const library = section('### The library', '### Colour');
    for (const b of LIBRARY_BINDINGS) for (const key of keysOf(b.label)) if (key !== 'q') expect(library, b.label).toContain(key);
  });

  test("every key of the people index's keymap is in README's table of its keys", () => {
    const people = section('### The people index', '### Colour');
    for (const b of PEOPLE_BINDINGS) for (const key of keysOf(b.label)) expect(people, b.label).toContain(`\`${key}\``);
  });
});
