// The colour and attribute codes (SGR) of the reader's frames, as a state a
// cell is drawn in: each distinct state gets a small number, the same for
// the life of the process, so that two cells compare by one number and the
// code from one state to another is worked out once. Only the codes Ink's
// styles write are modelled; a frame with any other is redrawn whole.

const BOLD = 1;
const DIM = 2;
const ITALIC = 4;
const UNDERLINE = 8;
const BLINK = 16;
const INVERSE = 32;
const HIDDEN = 64;
const STRIKE = 128;
const OVERLINE = 256;

/** Each attribute's code on, its code off; bold and dim are both turned off by 22. */
const ATTRIBUTES: [flag: number, on: string, off: string][] = [
  [BOLD, '1', '22'],
  [DIM, '2', '22'],
  [ITALIC, '3', '23'],
  [UNDERLINE, '4', '24'],
  [BLINK, '5', '25'],
  [INVERSE, '7', '27'],
  [HIDDEN, '8', '28'],
  [STRIKE, '9', '29'],
  [OVERLINE, '53', '55'],
];
const ON = new Map(ATTRIBUTES.map(([flag, on]) => [on, flag]));
const OFF = new Map<string, number>([
  ['22', BOLD | DIM],
  ['23', ITALIC],
  ['24', UNDERLINE],
  ['25', BLINK],
  ['27', INVERSE],
  ['28', HIDDEN],
  ['29', STRIKE],
  ['55', OVERLINE],
]);

interface Style {
  flags: number;
  /** The colour's own parameters ('33', '38;5;12', '38;2;1;2;3'), '' for the default. */
  fg: string;
  bg: string;
}

/** The number of the default style: no attributes, default colours. */
export const PLAIN = 0;
// Style numbers are stored one UTF-16 unit a cell, kept below the surrogates.
const MAX_STYLES = 0xd000;

const styles: Style[] = [{ flags: 0, fg: '', bg: '' }];
const numbers = new Map<string, number>([['0,,', PLAIN]]);
const transitions = new Map<number, string>();

/** The number of a style, or -1 when too many have been seen. */
function numberOf(style: Style): number {
  const key = `${style.flags},${style.fg},${style.bg}`;
  let n = numbers.get(key);
  if (n === undefined) {
    if (styles.length >= MAX_STYLES) return -1;
    n = styles.length;
    styles.push(style);
    numbers.set(key, n);
  }
  return n;
}

const isColour = (p: string, from: number) => {
  const n = Number(p);
  return p !== '' && ((n >= from && n <= from + 7) || (n >= from + 60 && n <= from + 67));
};
const isByte = (p: string | undefined) => p !== undefined && /^\d{1,3}$/.test(p) && Number(p) <= 255;

/**
 * The style after the parameters of one SGR sequence (`1;36` of ESC[1;36m)
 * are applied to style number `from`; -1 for a code not modelled here.
 */
export function applySgr(from: number, params: string): number {
  let { flags, fg, bg } = styles[from];
  const parts = params.split(';');
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p === '0' || (p === '' && parts.length === 1)) [flags, fg, bg] = [0, '', ''];
    else if (ON.has(p)) flags |= ON.get(p)!;
    else if (OFF.has(p)) flags &= ~OFF.get(p)!;
    else if (isColour(p, 30)) fg = p;
    else if (isColour(p, 40)) bg = p;
    else if (p === '39') fg = '';
    else if (p === '49') bg = '';
    else if ((p === '38' || p === '48') && parts[i + 1] === '5' && isByte(parts[i + 2])) {
      const colour = parts.slice(i, i + 3).join(';');
      if (p === '38') fg = colour;
      else bg = colour;
      i += 2;
    } else if ((p === '38' || p === '48') && parts[i + 1] === '2' && isByte(parts[i + 2]) && isByte(parts[i + 3]) && isByte(parts[i + 4])) {
      const colour = parts.slice(i, i + 5).join(';');
      if (p === '38') fg = colour;
      else bg = colour;
      i += 4;
    } else return -1;
  }
  return numberOf({ flags, fg, bg });
}

function parametersFrom(from: Style, to: Style): string[] {
  const params: string[] = [];
  let flags = from.flags;
  // 22 turns off bold and dim together: whichever of them stays is turned on again below.
  if (flags & ~to.flags & (BOLD | DIM)) {
    params.push('22');
    flags &= ~(BOLD | DIM);
  }
  for (const [flag, on, off] of ATTRIBUTES) {
    if (flag & (BOLD | DIM)) {
      if (to.flags & flag && !(flags & flag)) params.push(on);
    } else if (to.flags & flag && !(flags & flag)) params.push(on);
    else if (!(to.flags & flag) && flags & flag) params.push(off);
  }
  if (to.fg !== from.fg) params.push(to.fg || '39');
  if (to.bg !== from.bg) params.push(to.bg || '49');
  return params;
}

function fromPlain(to: Style): string[] {
  return parametersFrom(styles[PLAIN], to);
}

/** The shortest code that takes the terminal from style `from` to style `to` ('' when they are one). */
export function sgrFrom(from: number, to: number): string {
  if (from === to) return '';
  const key = from * MAX_STYLES + to;
  let code = transitions.get(key);
  if (code === undefined) {
    const changed = `\u001b[${parametersFrom(styles[from], styles[to]).join(';')}m`;
    const reset = to === PLAIN ? '\u001b[m' : `\u001b[0;${fromPlain(styles[to]).join(';')}m`;
    code = reset.length < changed.length ? reset : changed;
    if (transitions.size >= 10_000) transitions.clear();
    transitions.set(key, code);
  }
  return code;
}
