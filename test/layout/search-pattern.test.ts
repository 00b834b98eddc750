// Issue 12, defect 3: a straight mark finds a curly one, accents are ignored
// unless typed, and case matters only with a capital.
import { describe, expect, test } from 'vitest';
import { searchPattern } from '../../src/layout/search-pattern.js';

const finds = (query: string, text: string) => {
  const m = text.match(searchPattern(query)!);
  return m ? [...m] : [];
};

describe('search folding', () => {
  test('straight apostrophes and quote marks find curly ones, and the other way round', () => {
    expect(finds("it's", 'It’s here, it‘s there')).toEqual(['It’s', 'it‘s']);
    expect(finds('it’s', "it's")).toEqual(["it's"]);
    expect(finds('"no limits"', '“no limits”')).toEqual(['“no limits”']);
  });

  test('dashes fold to a hyphen, and a no-break space to a space', () => {
    expect(finds('China-Russia', 'China–Russia and China—Russia')).toEqual(['China–Russia', 'China—Russia']);
    expect(finds('10 km', '10\u00a0km')).toEqual(['10\u00a0km']);
  });

  test('accents are ignored unless the pattern has them', () => {
    expect(finds('zelensky', 'Zelénsky, Zelensky, Zele\u0301nsky')).toEqual(['Zelénsky', 'Zelensky', 'Zele\u0301nsky']);
    expect(finds('erdogan', 'Recep Tayyip Erdoğan')).toEqual(['Erdoğan']);
    expect(finds('café', 'cafe café')).toEqual(['café']);
    expect(finds('lodz', 'Łódź')).toEqual(['Łódź']);
  });

  test('smart case: lower case finds any case, a capital makes it exact', () => {
    expect(finds('nato', 'NATO Nato nato')).toEqual(['NATO', 'Nato', 'nato']);
    expect(finds('Nato', 'NATO Nato nato')).toEqual(['Nato']);
    expect(finds('NATO', 'NATO Nato')).toEqual(['NATO']);
  });

  test('regular-expression characters are literal', () => {
    expect(finds('a.b (c)', 'a.b (c) axb c')).toEqual(['a.b (c)']);
    expect(finds('1/2', 'half is 1/2')).toEqual(['1/2']);
    expect(searchPattern('')).toBeNull();
  });
});
