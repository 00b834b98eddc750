// Terminal display width, measured as wrap-ansi and Ink measure it
// (string-width: wide CJK and emoji take two cells, colour codes none), so
// that padded columns and underlines line up with wrapped text.
import stringWidth from 'string-width';

export const displayWidth = (text: string): number => stringWidth(text);

/** `text` padded with spaces to `width` display columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** `text` padded on the left to `width` display columns. */
export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}
