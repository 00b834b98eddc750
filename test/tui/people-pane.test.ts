// The speakers panel: people first, then each other kind under its heading,
// with quotes and reported statements counted apart.
import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/core/model.js';
import { peopleRows } from '../../src/tui/components/people-pane.js';
import { panelPeople } from '../../src/tui/people-order.js';
import { createTheme } from '../../src/tui/theme.js';

const person = (name: string, type: Person['type'], quotes = 1, reported = 0): Person => ({ name, role: null, type, quotes, reported });
const people = [person('Moscow', 'place'), person('Ada Lenz', 'person', 4, 5), person('the ministry', 'organisation', 0, 2), person('Bo Keller', 'person')];
const plain = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, '').trimEnd();

describe('the speakers panel', () => {
  it('orders people first, then organisations, groups, documents and places, each in order of appearance', () => {
    expect(panelPeople(people).map((p) => p.name)).toEqual(['Ada Lenz', 'Bo Keller', 'the ministry', 'Moscow']);
    expect(panelPeople(people)).toBe(panelPeople(people));
  });

  it('puts a heading over each kind, and counts quotes and reported statements apart', () => {
    const rows = peopleRows({ people, width: 32, focused: true, cursor: 0, speaker: null, theme: createTheme(false), listHeight: 10 }).map(plain);
    expect(rows).toEqual([
      ' People',
      '›Ada Lenz                4q 5r',
      ' Bo Keller               1q 0r',
      ' Organisations',
      ' the ministry            0q 2r',
      ' Places',
      ' Moscow                  1q 0r',
    ]);
  });

  it('has no headings when everyone is of one kind', () => {
    const rows = peopleRows({
      people: [people[1], people[3]],
      width: 32,
      focused: false,
      cursor: 1,
      speaker: null,
      theme: createTheme(false),
      listHeight: 10,
    }).map(plain);
    expect(rows).toEqual([' Ada Lenz                4q 5r', '›Bo Keller               1q 0r']);
  });

  it('keeps the selected entry in view when the list is longer than the pane', () => {
    const many = Array.from({ length: 30 }, (_, i) => person(`Person ${i}`, i < 20 ? 'person' : 'group'));
    const rows = peopleRows({ people: many, width: 32, focused: true, cursor: 25, speaker: null, theme: createTheme(false), listHeight: 6 }).map(plain);
    expect(rows).toHaveLength(6);
    expect(rows.some((r) => r.startsWith('›Person 25'))).toBe(true);
  });
});
