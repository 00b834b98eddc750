// People merged across articles (issue 13, item 2): one entry per speaker by
// canonical name and type; a title before a full name is that person; a
// surname alone joins only the one person of that surname.
import { describe, expect, test } from 'vitest';
import type { Person } from '../../src/core/model.js';
import type { IndexedArticle } from '../../src/index/indexed-article.js';
import { mergePeople } from '../../src/index/people-merge.js';
import { quotesByArticle } from '../../src/index/person-quotes.js';
import { sortPeople } from '../../src/index/sort-people.js';

const person = (name: string, quotes = 1, reported = 0, role: string | null = null, type: Person['type'] = 'person'): Person => ({
  name,
  role,
  type,
  quotes,
  reported,
});

function article(index: number, date: string | null, people: Person[]): IndexedArticle {
  return {
    index,
    file: `a${index}.txt`,
    key: String(index),
    title: `Article ${index}`,
    date,
    source: null,
    sections: [null],
    people,
    cached: false,
    note: null,
    quotes: people.map((p, i) => ({
      text: `words of ${p.name}`,
      speaker: p.name,
      speakers: [p.name],
      kind: 'direct' as const,
      statement: null,
      section: 0,
      paragraph: i,
      start: 0,
    })),
  };
}

describe('merging people across articles', () => {
  test('the same person under two forms is one entry, with counts, dates and roles from both', () => {
    const people = mergePeople([
      article(0, '2024-03-02', [person('Jens Stoltenberg', 2, 1, 'NATO chief')]),
      article(1, '2024-01-15', [person('NATO Secretary-General Jens Stoltenberg', 3, 2)]),
      article(2, null, [person('jens  stoltenberg', 1)]),
    ]);
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({
      name: 'Jens Stoltenberg',
      type: 'person',
      articles: 3,
      quotes: 6,
      reported: 3,
      firstDate: '2024-01-15',
      lastDate: '2024-03-02',
    });
    expect(people[0].roles).toEqual(['NATO chief', 'NATO Secretary-General']);
  });

  test('a surname alone joins the one person of that surname', () => {
    const people = mergePeople([article(0, '2024-01-01', [person('Jens Stoltenberg')]), article(1, '2024-01-02', [person('Stoltenberg', 4)])]);
    expect(people.map((p) => [p.name, p.quotes, p.articles])).toEqual([['Jens Stoltenberg', 5, 2]]);
  });

  test('two different people with one surname stay apart, and the surname alone stays on its own', () => {
    const people = mergePeople([
      article(0, null, [person('Jens Stoltenberg')]),
      article(1, null, [person('Camilla Stoltenberg')]),
      article(2, null, [person('Stoltenberg', 2)]),
    ]);
    expect(people.map((p) => p.name).sort()).toEqual(['Camilla Stoltenberg', 'Jens Stoltenberg', 'Stoltenberg']);
  });

  test('one name of two types is two entries; a body is never merged by its last words', () => {
    const people = mergePeople([
      article(0, null, [person('Jordan', 1, 0, null, 'place'), person('Michael Jordan')]),
      article(1, null, [
        person('Jordan', 1, 0, null, 'place'),
        person('Ministry of Defence', 1, 0, null, 'organisation'),
        person('UK Ministry of Defence', 1, 0, null, 'organisation'),
      ]),
    ]);
    expect(people.map((p) => `${p.name}/${p.type}/${p.articles}`).sort()).toEqual([
      'Jordan/place/2',
      'Michael Jordan/person/1',
      'Ministry of Defence/organisation/1',
      'UK Ministry of Defence/organisation/1',
    ]);
  });

  test("a person's quotes come grouped by article, the articles in date order, undated last", () => {
    const articles = [
      article(0, null, [person('Ann Lee')]),
      article(1, '2024-05-01', [person('Ann Lee')]),
      article(2, '2023-01-01', [person('Minister Ann Lee')]),
    ];
    const [ann] = mergePeople(articles);
    expect(quotesByArticle(ann, articles).map((g) => [g.article.index, g.speaker, g.quotes.length])).toEqual([
      [2, 'Minister Ann Lee', 1],
      [1, 'Ann Lee', 1],
      [0, 'Ann Lee', 1],
    ]);
  });

  test('sorted by quotes, articles, name and latest date', () => {
    const people = mergePeople([
      article(0, '2020-01-01', [person('Bo Chen', 5), person('Al Roe', 1)]),
      article(1, '2024-01-01', [person('Al Roe', 1), person('Cy Dee', 2)]),
    ]);
    expect(sortPeople(people, 'quotes').map((p) => p.name)).toEqual(['Bo Chen', 'Al Roe', 'Cy Dee']);
    expect(sortPeople(people, 'articles').map((p) => p.name)).toEqual(['Al Roe', 'Bo Chen', 'Cy Dee']);
    expect(sortPeople(people, 'name').map((p) => p.name)).toEqual(['Al Roe', 'Bo Chen', 'Cy Dee']);
    expect(sortPeople(people, 'latest').map((p) => p.name)).toEqual(['Al Roe', 'Cy Dee', 'Bo Chen']);
  });
});
