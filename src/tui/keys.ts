// Ink reports a key as (input, Key flags); the keymap wants one name per key:
// 'j', 'G', 'C-f', 'S-tab', 'pagedown', 'enter', 'escape', 'space'…
import type { Key } from 'ink';

export interface KeyPress {
  key: string;
  input: string;
}

export function keyName(input: string, key: Key): string {
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.pageUp) return 'pageup';
  if (key.pageDown) return 'pagedown';
  if (key.home) return 'home';
  if (key.end) return 'end';
  if (key.return) return 'enter';
  if (key.tab) return key.shift ? 'S-tab' : 'tab';
  if (key.backspace || key.delete) return 'backspace';
  if (key.escape) return 'escape';
  if (key.ctrl && /^[a-z]$/.test(input)) return `C-${input}`;
  if (input === ' ') return 'space';
  return input;
}

/** The name of one character typed on its own. */
function charName(ch: string): string {
  if (ch === '\r' || ch === '\n') return 'enter';
  if (ch === '\t') return 'tab';
  if (ch === '\u007f' || ch === '\b') return 'backspace';
  if (ch === '\u001b') return 'escape';
  if (ch === ' ') return 'space';
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 1 && code <= 26) return `C-${String.fromCharCode(code + 96)}`;
  return ch;
}

/**
 * The keys in one read from the terminal. Keys typed faster than the program
 * reads them arrive together ("]]", "jjj", "Belarus\r"), and Ink hands such a
 * run of plain characters over as one input: each is a key of its own.
 */
export function keyPresses(input: string, key: Key): KeyPress[] {
  if (input.length <= 1 || key.meta || [...input].length === 1) return [{ key: keyName(input, key), input }];
  return [...input].map((ch) => ({ key: charName(ch), input: ch }));
}
