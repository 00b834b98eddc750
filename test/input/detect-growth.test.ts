// Issue 16, items 1 and 2: sniffing the format is a linear pass over the head
// of the input, whatever shape it has. Each shape is timed at two sizes and
// the growth exponent asserted (a regex that backtracks shows as 2 or far more).
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/input/detect.js';
import { growthExponent, LINEAR_BOUND } from '../helpers/growth.js';

const sniff = (text: string) => detectFormat(text);

describe('detectFormat grows linearly', () => {
  it('front matter opened and never closed, over blank lines (was exponential)', () => {
    expect(growthExponent((n) => `---${'\n'.repeat(n)}text\n`, sniff, 8, 4)).toBeLessThan(LINEAR_BOUND);
    expect(growthExponent((n) => `---${'\n'.repeat(n)}text\n`, sniff, 1000)).toBeLessThan(LINEAR_BOUND);
  });

  it('"<a href" repeated with no ">" (was cubic)', () => {
    expect(growthExponent((n) => '<a href'.repeat(n), sniff, 150)).toBeLessThan(LINEAR_BOUND);
  });

  it.each([
    ['"[" repeated, a link never closed', (n: number) => '['.repeat(n)],
    ['"**a " repeated, bold never closed', (n: number) => '**a '.repeat(n / 4)],
    ['one long line that could be a setext heading', (n: number) => `\n${'x'.repeat(n)}`],
  ])('%s (was quadratic)', (_name, make) => {
    expect(growthExponent(make, sniff, 2000)).toBeLessThan(LINEAR_BOUND);
  });

  it('still knows front matter, links, bold and setext headings', () => {
    expect(detectFormat('---\ntitle: A\n\n  - x\n---\nBody.\n')).toBe('markdown');
    expect(detectFormat('+++\ntitle = "A"\n+++\nBody.\n')).toBe('markdown');
    expect(detectFormat('---\nnot front matter\n---\nBody.\n')).toBe('text');
    expect(detectFormat('See [one](http://a) and [two](http://b) and [three](http://c).')).toBe('markdown');
    expect(detectFormat('Intro.\n\nTitle\n=====\n\nSome **bold** and **more** text.\n')).toBe('markdown');
    expect(detectFormat('<p>a</p><p>b</p><div>c</div><br><a href="/x">d</a>')).toBe('html');
    expect(detectFormat('<a>1</a><a>2</a><a>3</a><a>4</a><a>5</a>')).toBe('text');
  });
});
