// Ink reports a key as (input, Key flags); the keymap wants one name per key:
// 'j', 'G', 'C-f', 'S-tab', 'pagedown', 'enter', 'escape', 'space'…
import type { Key } from 'ink';

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
