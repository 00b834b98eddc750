import { describe, expect, it } from 'vitest';
import { displayWidth, padEnd, padStart } from '../../src/layout/width.js';

describe('displayWidth', () => {
  it('counts plain and accented text one cell a character', () => {
    expect(displayWidth('Stoltenberg')).toBe(11);
    expect(displayWidth('José')).toBe(4);
    expect(displayWidth('Jose\u0301')).toBe(4); // combining accent
  });
  it('counts CJK, Hangul and fullwidth forms as two cells', () => {
    expect(displayWidth('习近平')).toBe(6);
    expect(displayWidth('문재인')).toBe(6);
    expect(displayWidth('ＡＢ')).toBe(4);
  });
  it('counts an emoji, with or without joiners, as two cells', () => {
    expect(displayWidth('🙂')).toBe(2);
    expect(displayWidth('👩‍🔬')).toBe(2);
    expect(displayWidth('🇺🇦')).toBe(2);
  });
  it('ignores SGR colour codes and zero-width characters', () => {
    expect(displayWidth('\u001b[1mbold\u001b[22m')).toBe(4);
    expect(displayWidth('a\u200bb')).toBe(2);
  });
  it('keeps right-to-left text at one cell a letter', () => {
    expect(displayWidth('مرحبا')).toBe(5);
  });
});

describe('padding', () => {
  it('pads by display width', () => {
    expect(padEnd('习', 4)).toBe('习  ');
    expect(padStart('7', 3)).toBe('  7');
    expect(padEnd('toolong', 3)).toBe('toolong');
  });
});
