// The bundle is written in ASCII only where an escape means what the
// character meant (scripts/ascii-program.mjs): the program computes the same.
import { describe, expect, it } from 'vitest';
import { asciiProgram } from '../../scripts/ascii-program.mjs';

/** What a script's last expression evaluates to. */
const run = (script: string): unknown => (0, eval)(script);

describe('the ASCII program', () => {
  it('escapes characters in regular expressions, strings, templates and comments, and they mean the same', () => {
    const script = [
      '// a comment — with a dash',
      '/* and “another” */',
      'const a = /[“”‘’]+/u.exec("a “” b")[0];',
      // `\—` in a pattern without the u flag is the dash itself.
      'const b = /x\\—y/.test("x—y");',
      'const c = /😀/u.test("😀") && /^.$/u.test("😀");',
      'const d = `dash — ${1 + 1}`;',
      'const e = "naïve";',
      '[a, b, c, d, e].join("|")',
    ].join('\n');
    const ascii = asciiProgram(script);
    expect(ascii).not.toBeNull();
    expect(/[^\x00-\x7f]/.test(ascii!)).toBe(false);
    expect(run(ascii!)).toBe(run(script));
    expect(run(ascii!)).toBe('“”|true|true|dash — 2|naïve');
  });

  it("refuses a tagged template's raw text, which an escape would change", () => {
    expect(asciiProgram('String.raw`a — b`')).toBeNull();
    expect(asciiProgram('String.raw`a ${1} — b`')).toBeNull();
  });

  it('leaves an ASCII program as it is', () => {
    expect(asciiProgram('const x = 1;')).toBe('const x = 1;');
  });
});
