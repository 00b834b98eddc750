// Issue 16, item 6: linking a new speaker's name must not grow with the number
// of speakers met before. Through the whole engine the cost hides behind each
// paragraph's own work until some ten thousand speakers (one article of 4,000
// → 16,000 speakers named "John …", each once: ×12.8 the time, against ×6 with
// distinct given names), too slow for the suite; so this drives the stage that
// links the names, the entity registry, with the speakers of such an article.
import { describe, expect, it } from 'vitest';
import { Entities } from '../../src/quotes/entities/index.js';
import type { Mention } from '../../src/quotes/mentions/index.js';
import { growthExponent, LINEAR_BOUND } from '../helpers/growth.js';

const ONSETS = 'BDFGKLMNPRSTVZ';
const VOWELS = 'aeiou';

/** A made-up name word, different for every `i` below 70⁴: "Babaran", "Debakin". */
function nameWord(i: number): string {
  let word = '';
  for (let k = i, j = 0; j < 4; j++, k = Math.floor(k / 70)) {
    const onset = ONSETS[k % 14];
    word += (j === 0 ? onset : onset.toLowerCase()) + VOWELS[Math.floor(k / 14) % 5];
  }
  return `${word}n`;
}

const person = (name: string): Mention => ({ kind: 'person', name, role: null, head: null, definite: false, gender: null, acronyms: [], owner: null });

/** The speakers of an article of `n` paragraphs, each quoting someone new, in reading order. */
const speakers = (givenName: (i: number) => string) => (n: number) => Array.from({ length: n }, (_, i) => person(`${givenName(i)} ${nameWord(i)}`));

/** Link every speaker as the engine does, one paragraph each; the number of people found. */
function link(mentions: Mention[]): number {
  const entities = new Entities();
  mentions.forEach((m, i) => entities.resolve(m, { pos: i * 40, sentence: i, paragraph: i }));
  return entities.list.length;
}

// ×8 rather than the usual ×16: at 16,000 names the quadratic pass takes seconds a run.
const FACTOR = 8;

describe('many distinct speakers (item 6)', () => {
  const distinctGiven = speakers((i) => nameWord(i * 7 + 3));
  const oneGiven = speakers(() => 'John');

  it('are each a person of their own', () => {
    expect(link(oneGiven(200))).toBe(200);
    expect(link(distinctGiven(200))).toBe(200);
  });

  it('with distinct given names, are linked in linear time', () => {
    expect(growthExponent(distinctGiven, link, 300, FACTOR)).toBeLessThan(LINEAR_BOUND);
  });

  // Once quadratic (exponent 1.61; 1,000 → 16,000 names: 42 ms → 7.8 s): each new "John …"
  // was compared with every John before it. linkPerson now scans the entities holding the
  // rarest word of the name, which every match must hold.
  it('sharing one given name, are linked in linear time', () => {
    expect(growthExponent(oneGiven, link, 1000, FACTOR)).toBeLessThan(LINEAR_BOUND);
  });
});
