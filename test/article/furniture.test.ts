// The site's lines among and after the body: one case per rule, in invented
// words, each with the body line it must leave alone.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.js';
import { isSiteLine } from '../../src/article/boilerplate.js';
import { growthExponent, LINEAR_BOUND } from '../helpers/growth.js';

const HEAD = 'Ferry Slip Shut\n\nBy Wenna Tregothnan\nMarch 5, 2026';
const P1 = 'The parish board voted on Tuesday to shut the old ferry slip after divers found two of its piles had rotted through.';
const P2 = '"We could not wait for another winter," the board chair said after the meeting.';
const P3 = 'A floating pontoon will take its place next spring, at a cost the board put at about half a million.';

const parse = (...units: string[]) => parseText([HEAD, ...units].join('\n\n'));
const paragraphs = (...units: string[]) => parse(...units).sections.flatMap((s) => s.paragraphs);

describe('single site lines', () => {
  it.each([
    'Read Time: 4 min',
    'Estimated 6 minutes',
    'Listen to this article | 5 mins',
    '1h ago',
    'Article was updated 4 hrs ago',
    'Updated at 18.52 GMT',
    'Link Copied!',
    'Show Caption',
    'Story continues below this ad',
    'Free weekly newsletter',
    'Member comments',
    'Please turn on JavaScript to use this feature',
    'Want more? Sign up for the Harbour Gazette newsletter',
    'This story was originally published October 7, 2025 at 5:31 AM.',
    'Translation of an original article published in Cornish on gazette.example.com',
    'HARBOUR NEWS: https://gazette.example.com/hub/harbours',
    'Click the bell icon to follow topics:',
    'Disclosure: The Gazette is supported in part by the Harbour Board.',
    'Tags Wenna Tregothnan Harbour Board Ferries Jory Pascoe North Quay Parish Council',
    'Get our free Tides and Times email',
    'Have you been affected by the closure? Get in touch with us at news@gazette.example.com',
    'We may earn a commission when you buy through links on our site.',
    'Hey there, thank you for reading the Gazette. We are a reader-funded newsroom.',
    'Become a Member to leave a comment. Or log in here if you are already a Member.',
    'Report an editorial error',
    'Read: Divers find a second rotten pile at the north quay',
    'In This Article: Wenna Tregothnan, Harbour Board, Coast News',
  ])('%s', (line) => {
    expect(isSiteLine(line)).toBe(true);
  });

  it.each([
    'The crossing takes 5 minutes on a calm day.',
    'Read the minutes of the meeting and you will see the warnings.',
    'Save the old slip, the islanders say.',
    'Comments from islanders were overwhelmingly hostile to the plan.',
    'She said the board had been told about the piles two years ago.',
    'Please do not use the old slip, the board said.',
    'Islanders who want to write to the board can send letters to the parish office.',
    'Our ferry is our road, one islander said.',
  ])('not: %s', (line) => {
    expect(isSiteLine(line)).toBe(false);
  });
});

describe('furniture told by its neighbours', () => {
  it('drops a share bar with a page control in it, or right under the header, and keeps a list of networks in the story', () => {
    expect(parse('Facebook', 'X', 'Email', P1, P2).boilerplate).toEqual(['Facebook', 'X', 'Email']);
    expect(parse(P1, 'Share via', 'Email', 'WhatsApp', 'Copy link', P2).boilerplate).toEqual(['Share via', 'Email', 'WhatsApp', 'Copy link']);
    expect(parse(P1, 'The board posts its notices on:', 'Facebook', 'WhatsApp', P2).boilerplate).toEqual([]);
  });

  it('drops photo captions by their credit', () => {
    const captions = [
      'Image: Jory Pascoe/Harbour Agency',
      'Image caption, The old slip at low tide in January',
      'Divers at the north quay on Monday. Photo: Jory Pascoe/HA',
      'Divers at the north quay on Monday. HA photo Oct. 15, 2025',
      'Divers at the north quay earlier this year. (Harbourshots)',
    ];
    for (const caption of captions) expect(parse(P1, caption, P2).boilerplate, caption).toEqual([caption]);
    // The caption over its credit line.
    expect(parse(P1, 'The board chair (left) and the harbour master at the slip', 'Image: Jory Pascoe/HA', P2).boilerplate).toHaveLength(2);
    expect(paragraphs(P1, 'Photos of the rotten piles were shown to the board on Tuesday.', P2)).toHaveLength(3);
  });

  it('drops a list of other stories under its heading, and keeps a heading followed by the story', () => {
    const list = ['Read more from the Gazette:', 'Harbour dues to rise in April', 'Second ferry withdrawn for repairs'];
    expect(parse(P1, ...list, P2, P3).boilerplate).toEqual(list);
    expect(parse(P1, P2, P3, 'Trending Stories', 'Harbour dues to rise in April', 'Second ferry withdrawn for repairs').boilerplate).toHaveLength(3);
    expect(paragraphs(P1, ...list, P2, P3)).toEqual([P1, P2, P3]);
    expect(parse(P1, 'More information', P2, P3).boilerplate).toEqual([]);
  });

  it("drops the author's card at the foot, and keeps a colleague's credit line", () => {
    const card = ['Wenna Tregothnan', 'Reporter', 'Wenna Tregothnan is a reporter for the Gazette covering the islands.'];
    const text = [P1, P2, P3, 'Jory Pascoe contributed to this report.', ...card, 'Hey there, thank you for reading the Gazette.'];
    expect(parse(...text).boilerplate).toEqual([...card, 'Hey there, thank you for reading the Gazette.']);
    expect(parse(P1, P2, 'Tregothnan covers the islands for the Gazette.').boilerplate).toEqual(['Tregothnan covers the islands for the Gazette.']);
    expect(parse(P1, P2, 'Reach Wenna Tregothnan at wenna@gazette.example.com.').boilerplate).toHaveLength(1);
    // Not at the foot: the story's own sentence about its author stays.
    expect(paragraphs('Wenna Tregothnan is a reporter who grew up on the island.', P1, P2)).toHaveLength(3);
  });

  it('drops the topics above the closing lines, but not a list the story introduces', () => {
    expect(parse(P1, P2, 'North Quay', 'Ferries', 'Parish board', 'Sign up to our harbour newsletter!').boilerplate).toEqual([
      'North Quay',
      'Ferries',
      'Parish board',
      'Sign up to our harbour newsletter!',
    ]);
    expect(parse(P1, 'Islanders should bring:', 'Warm coats', 'Torches', 'Spare food', 'Sign up to our harbour newsletter!').boilerplate).toEqual([
      'Sign up to our harbour newsletter!',
    ]);
  });

  it('drops a box label right under the header and a dated line of the page among the paragraphs', () => {
    expect(parse('In short:', P1, P2).boilerplate).toEqual(['In short:']);
    expect(parse(P1, 'Published - March 5, 2026 09:48 pm GMT', P2).boilerplate).toEqual(['Published - March 5, 2026 09:48 pm GMT']);
    expect(paragraphs(P1, '5 March 2026', P2)).toHaveLength(3);
  });
});

describe('linear time', () => {
  it('marks share bars, captions, lists and the foot in time linear in the article', () => {
    const block = [P1, 'Share', 'Email', 'Image: Jory Pascoe/HA', 'Read more:', 'Harbour dues to rise', P2].join('\n\n');
    const make = (n: number) => `${HEAD}\n\n${Array.from({ length: n }, () => block).join('\n\n')}\n\n${'Ferries\n\n'.repeat(n)}Wenna Tregothnan`;
    expect(growthExponent(make, parseText, 200)).toBeLessThan(LINEAR_BOUND);
  });
});
