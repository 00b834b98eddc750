// A small article model built by hand, so that output formatting is tested
// independently of the parser and the quote engine.
import type { ArticleModel, Quote } from '../../src/core/model.js';

const P0 = 'The minister spoke on Monday. "We will not back down," said Ana Lima, the minister.';
const P1 = 'Critics disagreed. "This plan is reckless," said Jens Berg, who leads the opposition.';
const P2 = 'Lima said later that talks would resume, and Berg called it "a small step".';

function quote(text: string, speaker: string | null, kind: Quote['kind'], section: number, paragraph: number, para: string): Quote {
  const start = para.indexOf(text);
  if (start < 0) throw new Error(`fixture: "${text}" is not in its paragraph`);
  return { text, speaker, speakers: speaker === null ? [] : [speaker], kind, statement: null, section, paragraph, start, end: start + text.length };
}

export function handBuiltModel(): ArticleModel {
  return {
    title: 'Talks Stall Over Budget',
    byline: 'Kim Reyes',
    date: '2024-05-06',
    source: 'Example Wire',
    dateline: 'LISBON',
    bylineNote: null,
    dateText: null,
    boilerplate: ['Subscribe to our newsletter'],
    sections: [
      { title: null, paragraphs: [P0] },
      { title: 'The opposition', paragraphs: [P1, P2] },
    ],
    links: [],
    people: [
      { name: 'Ana Lima', role: 'finance minister', type: 'person', quotes: 1, reported: 1 },
      { name: 'Jens Berg', role: null, type: 'person', quotes: 2, reported: 0 },
      { name: 'Jen Park', role: 'analyst', type: 'person', quotes: 0, reported: 0 },
    ],
    quotes: [
      quote('We will not back down,', 'Ana Lima', 'direct', 0, 0, P0),
      quote('This plan is reckless,', 'Jens Berg', 'direct', 1, 0, P1),
      quote('talks would resume', 'Ana Lima', 'indirect', 1, 1, P2),
      quote('a small step', 'Jens Berg', 'partial', 1, 1, P2),
    ],
  };
}
