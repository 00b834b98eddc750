import { describe, expect, it } from 'vitest';
import { colorEnabled, styleFor } from '../../src/output/color.js';

describe('colorEnabled', () => {
  const tty = { TERM: 'xterm-256color' };
  it('follows the terminal under auto', () => {
    expect(colorEnabled('auto', true, tty)).toBe(true);
    expect(colorEnabled('auto', false, tty)).toBe(false);
    expect(colorEnabled('auto', true, { TERM: 'dumb' })).toBe(false);
  });
  it('lets --color=always and never override everything', () => {
    expect(colorEnabled('always', false, { NO_COLOR: '1' })).toBe(true);
    expect(colorEnabled('never', true, { FORCE_COLOR: '1' })).toBe(false);
  });
  it('honours NO_COLOR when present and not empty', () => {
    expect(colorEnabled('auto', true, { ...tty, NO_COLOR: '1' })).toBe(false);
    expect(colorEnabled('auto', true, { ...tty, NO_COLOR: '' })).toBe(true);
  });
  it('honours FORCE_COLOR, which wins over NO_COLOR as in Node', () => {
    expect(colorEnabled('auto', false, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled('auto', false, { FORCE_COLOR: '' })).toBe(true);
    expect(colorEnabled('auto', true, { ...tty, FORCE_COLOR: '0' })).toBe(false);
    expect(colorEnabled('auto', true, { ...tty, FORCE_COLOR: 'false' })).toBe(false);
    expect(colorEnabled('auto', false, { FORCE_COLOR: '3', NO_COLOR: '1' })).toBe(true);
  });
});

describe('styleFor', () => {
  it('adds SGR codes only when colour is on', () => {
    expect(styleFor(false).bold('x')).toBe('x');
    expect(styleFor(true).bold('x')).toBe('\u001b[1mx\u001b[22m');
    expect(styleFor(true).quote('')).toBe('');
  });
});
