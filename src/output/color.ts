// Whether plain outputs use colour, and the few styles they use. Follows
// --color first, then FORCE_COLOR (as Node itself does, it wins over
// NO_COLOR), then NO_COLOR, then whether stdout is a colour-capable terminal.

/** --color: auto follows the environment and the terminal. */
export type ColorMode = 'auto' | 'always' | 'never';

export function colorEnabled(mode: ColorMode, isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (mode === 'always') return true;
  if (mode === 'never') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase());
  // https://no-color.org: present and not empty disables colour.
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY && env.TERM !== 'dumb';
}

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  /** Quoted words in running text. */
  quote(text: string): string;
  /** A speaker's name. */
  name(text: string): string;
}

const sgr = (open: number, close: number) => (text: string) => (text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`);

const COLOURED: Style = { bold: sgr(1, 22), dim: sgr(2, 22), quote: sgr(36, 39), name: sgr(33, 39) };
const identity = (text: string) => text;
const PLAIN: Style = { bold: identity, dim: identity, quote: identity, name: identity };

export function styleFor(enabled: boolean): Style {
  return enabled ? COLOURED : PLAIN;
}
