// Nothing from an article may reach the terminal as a control sequence:
// colours, cursor moves, title changes, OSC 8 links, clipboard writes, C1
// controls and bidi overrides are removed whole, and the words around them stay.
import { describe, expect, it } from 'vitest';
import { growthExponent, LINEAR_BOUND } from '../helpers/growth.js';
import { escapeControls, hasControls, stripControls } from '../../src/core/controls.js';

const ESC = '\u001b';
const BEL = '\u0007';
const ST = `${ESC}\\`;

// Every C0 and C1 control, DEL and bidi override: none may survive, but newline and tab.
const ANY_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('stripControls', () => {
  it.each([
    ['SGR colours', `The ${ESC}[1;31mcouncil${ESC}[0m voted`, 'The council voted'],
    ['256-colour and true-colour SGR', `A ${ESC}[38;5;196mred${ESC}[38;2;0;255;0m green${ESC}[m word`, 'A red green word'],
    ['cursor moves and screen clears', `${ESC}[2J${ESC}[H${ESC}[10;20fTop${ESC}[3A line${ESC}[?25l`, 'Top line'],
    ['a window title change ended by BEL', `Before${ESC}]0;pwned title${BEL} after`, 'Before after'],
    ['a window title change ended by ST', `Before${ESC}]2;pwned${ST} after`, 'Before after'],
    ['an OSC 8 hyperlink, keeping its text', `See ${ESC}]8;;https://evil.example/${ST}the report${ESC}]8;;${ST}.`, 'See the report.'],
    ['an OSC 52 clipboard write', `Copy ${ESC}]52;c;cm0gLXJmIH4=${BEL}this`, 'Copy this'],
    ['a DCS string', `x${ESC}P+q544e${ST}y`, 'xy'],
    ['an APC string', `x${ESC}_Gf=100;AAAA${ST}y`, 'xy'],
    ['single-character escapes', `a${ESC}7b${ESC}8c${ESC}cd${ESC}(0e`, 'abcde'],
    ['C1 CSI and OSC', `a\u009b31mb\u009d0;t\u0007c`, 'abc'],
    ['bare C0 controls and DEL', `a\u0000b\u0007c\u0008d\u007fe`, 'abcde'],
    ['bidi overrides and isolates', `price \u202e01$\u202c and \u2067x\u2069`, 'price 01$ and x'],
  ])('removes %s', (_what, input, output) => {
    expect(stripControls(input)).toBe(output);
    expect(ANY_CONTROL.test(stripControls(input))).toBe(false);
  });

  it('keeps newlines, tabs, the implicit direction marks and joined emoji', () => {
    const text = 'שלום\u200f world\n\tعربي\u200e 👩‍👩‍👧 北京';
    expect(stripControls(text)).toBe(text);
  });

  // Issue 16, item 11: the words after a stray introducer used to be dropped to the line end.
  it('drops only the introducer of a string sequence left open, keeping the words after it', () => {
    expect(stripControls(`Title${ESC}]0;never closed\nThe next paragraph stays.`)).toBe('Title0;never closed\nThe next paragraph stays.');
    expect(stripControls(`A ${ESC}Pno end\nB`)).toBe('A no end\nB');
    expect(stripControls('The \u009dmayor said yes.')).toBe('The mayor said yes.');
    expect(stripControls('The \u0090mayor said \u009dyes.')).toBe('The mayor said yes.');
    // Closed ones still go whole.
    expect(stripControls(`a${ESC}]0;title\u0007b${ESC}]8;;http://x${ESC}\\c\u009d2;t\u009cd`)).toBe('abcd');
  });

  it('stays linear on many open introducers in one line', () => {
    const make = (n: number) => '\u009d a '.repeat(n / 4);
    expect(growthExponent(make, stripControls, 10_000)).toBeLessThan(LINEAR_BOUND);
    expect(growthExponent((n) => `${ESC}] a `.repeat(n / 4), stripControls, 10_000)).toBeLessThan(LINEAR_BOUND);
  });

  it('agrees with hasControls', () => {
    expect(hasControls(`a${ESC}[31mb`)).toBe(true);
    expect(hasControls('plain\ttext\n')).toBe(false);
  });
});

describe('escapeControls', () => {
  it('shows control characters in a name as visible escapes', () => {
    expect(escapeControls(`evil${ESC}]52;c;x${BEL}.txt`)).toBe('evil\\x1b]52;c;x\\x07.txt');
    expect(escapeControls('two\nlines\u202e.txt')).toBe('two\\x0alines\\u202e.txt');
    expect(escapeControls('plain.txt')).toBe('plain.txt');
  });
});
