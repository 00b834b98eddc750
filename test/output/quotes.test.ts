// --quotes [NAME] and the speaker matching behind it.
import { describe, expect, it } from 'vitest';
import { renderQuotes } from '../../src/output/quotes.js';
import { matchSpeakers } from '../../src/output/speaker-match.js';
import { styleFor } from '../../src/output/color.js';
import { handBuiltModel } from './hand-built.js';

const PLAIN = styleFor(false);

describe('matchSpeakers', () => {
  const names = ['Jen Psaki', 'Jens Stoltenberg', 'José Álvarez', 'China-Russia joint statement'];
  it('matches any part of a name, ignoring case and accents', () => {
    expect(matchSpeakers('STOLTEN', names)).toEqual(['Jens Stoltenberg']);
    expect(matchSpeakers('jose', names)).toEqual(['José Álvarez']);
    expect(matchSpeakers('alvarez', names)).toEqual(['José Álvarez']);
    expect(matchSpeakers('joint', names)).toEqual(['China-Russia joint statement']);
  });
  it('prefers whole words and whole names to parts of words', () => {
    expect(matchSpeakers('jen', names)).toEqual(['Jen Psaki']);
    expect(matchSpeakers('je', names)).toEqual(['Jen Psaki', 'Jens Stoltenberg']);
    expect(matchSpeakers('  jens   STOLTENBERG ', names)).toEqual(['Jens Stoltenberg']);
  });
  it('matches nobody for an unknown name, and everybody for an empty one', () => {
    expect(matchSpeakers('Biden', names)).toEqual([]);
    expect(matchSpeakers('', names)).toEqual(names);
  });
});

describe('renderQuotes', () => {
  const model = handBuiltModel();

  it('prints every quote under its section, one per line, without reported speech', () => {
    expect(renderQuotes(model, '', PLAIN)).toBe(
      [
        '1. Introduction',
        'Ana Lima: “We will not back down,”',
        '',
        '2. The opposition',
        'Jens Berg: “This plan is reckless,”',
        'Jens Berg: “a small step”',
        '',
      ].join('\n'),
    );
  });

  it('prints one speaker, matched on part of the name', () => {
    expect(renderQuotes(model, 'berg', PLAIN)).toBe(['2. The opposition', 'Jens Berg: “This plan is reckless,”', 'Jens Berg: “a small step”', ''].join('\n'));
    expect(renderQuotes(model, 'LIMA', PLAIN)).toBe(['1. Introduction', 'Ana Lima: “We will not back down,”', ''].join('\n'));
  });

  it('prints nothing for a speaker who has only reported statements', () => {
    expect(renderQuotes(model, 'Jen Park', PLAIN)).toBe('');
  });

  it('names unattributed quotes as such', () => {
    const m = handBuiltModel();
    m.quotes[0].speaker = null;
    expect(renderQuotes(m, '', PLAIN)).toContain('Unattributed: “We will not back down,”');
  });

  it('fails with one line naming the speakers when NAME matches nobody', () => {
    expect(() => renderQuotes(model, 'Smith', PLAIN)).toThrow(/^no speaker matches "Smith" \(speakers: Ana Lima, Jens Berg, Jen Park\)$/);
    expect(() => renderQuotes({ ...model, people: [], quotes: [] }, 'Smith', PLAIN)).toThrow(/nobody is quoted/);
  });

  it('keeps each quote on one line and strips control sequences', () => {
    const m = handBuiltModel();
    m.quotes[0].text = 'one\ntwo\u001b[31m three';
    const out = renderQuotes(m, 'lima', PLAIN);
    expect(out).toContain('Ana Lima: “one two three”\n');
    expect(out).not.toContain('\u001b');
  });
});
