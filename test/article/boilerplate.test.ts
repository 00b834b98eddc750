// The shape tests that decide what is site furniture, on lines from real pages.
import { describe, expect, it } from 'vitest';
import { isSiteLine, wordCount } from '../../src/article/boilerplate.js';
import { normalizeText } from '../../src/article/normalize.js';

describe('wordCount', () => {
  it.each([
    ['', 0],
    ['### --- ***', 0],
    ['By Patsy Widakuswara February 04, 2022', 6],
    ['Ukraine’s "sovereignty" — it’s 2022', 6], // an apostrophe parts a word, as a comparison with limits needs no more
    ['naïve café déjà-vu', 4],
    ['Привет, мир', 2],
    ['مرحبا بالعالم', 2],
    ['日本語のテキスト', 8],
    ['中国 said 你好', 5],
    ['𝒜bc 😀 x', 2],
  ])('counts %j as %i words', (text, words) => {
    expect(wordCount(text)).toBe(words);
  });

  it('stops at the limit it is given', () => {
    expect(wordCount('one two three four five', 3)).toBe(3);
  });
});

describe('isSiteLine', () => {
  it.each([
    'UNITED24 - Make a charitable donation in support of Ukraine!',
    'Join the GlobalSecurity.org mailing list',
    'This article appeared in print on page A1 of the New York edition with the headline: Talks Stall.',
    'Support our independent journalism',
    'Follow us on Twitter and Facebook',
    'www.example.org/news',
    '©2024 Example Media L.P.',
    'Copyright EXAMPLE. All rights reserved. This material may not be reproduced without prior written permission.',
    'Copyright The Example Times Limited 2024.',
    '(c) 2023 Example Group',
    'Translated from the original Spanish article.',
    'This article was translated from German by Example Translations.',
    'Example Asia is a publication of Example Inc. Copyright © 2025 Example Inc. All rights reserved.',
    'Categories: Politics, Brazil.',
    'Tags: floods, weather',
    '3 min read',
  ])('knows %j for a site line', (text) => {
    expect(isSiteLine(text)).toBe(true);
  });

  it.each([
    'Some information for this report came from Agence France-Presse and Reuters.',
    '“We support our allies,” Psaki said.',
    'The company, which runs Example.com, said sales rose by a third over the year and that it would hire more staff in the spring before the new season begins.',
    'Escalating conflict',
    'Copyright lawyers for the estate said the 1998 recording was never licensed.',
    'Translators said the contract was unfair.',
    'Categories of spending were cut by a third, the minister said.',
    'Copyright Office figures show that registrations fell in 2023 for the first time in a decade, officials said.',
  ])('keeps %j as body', (text) => {
    expect(isSiteLine(text)).toBe(false);
  });
});

describe('normalizeText', () => {
  it('turns a lone half of a surrogate pair into the replacement character and keeps whole pairs', () => {
    expect(normalizeText('a\ud800b \udc00 😀')).toBe('a\ufffdb \ufffd 😀');
  });
});
