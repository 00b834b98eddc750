// A one-line prompt without a cursor (the library's and the people index's
// searches): typing adds, Backspace takes the last character, Ctrl-U clears.
import type { KeyPress } from './keys.js';

export function editLine(text: string, { key, input }: KeyPress): string {
  if (key === 'backspace') return [...text].slice(0, -1).join('');
  if (key === 'C-u') return '';
  if (key === 'space') return `${text} `;
  if (input.length > 0 && !key.startsWith('C-') && !/[\u0000-\u001f\u007f]/.test(input)) return text + input;
  return text;
}
