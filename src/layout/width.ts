// Terminal display width, the one place it is measured: as wrap-ansi and Ink
// measure it (string-width: wide CJK and emoji take two cells, colour codes
// none), so that padded columns and underlines line up with wrapped text.
//
// The fast path: width without Unicode machinery, for the text that needs
// none. string-width segments graphemes and runs large Unicode-property regexes
// (compiling them alone costs tens of milliseconds at start-up), yet almost
// every string a reader draws is printable ASCII, Latin, Greek, Cyrillic,
// punctuation or box drawing: characters that are one column each and never
// join their neighbours into one grapheme. For those this gives the same
// answer as string-width (a test checks it, character by character, against
// both versions in node_modules); for anything else it answers -1 and the
// caller asks string-width.
import stringWidth from 'string-width';

// Code points below 0x2600 that are one column wide, stand alone as a
// grapheme and are their own NFC form: no marks, format or control
// characters, no emoji, no spaces other than U+0020, no compatibility
// singletons such as the ohm sign.
const RANGES = [
  0xa1, 0xa8, 0xaa, 0xac, 0xaf, 0x2ff, 0x370, 0x373, 0x375, 0x377, 0x37a, 0x37d, 0x37f, 0x37f, 0x384, 0x386, 0x388, 0x38a, 0x38c, 0x38c, 0x38e, 0x3a1, 0x3a3,
  0x482, 0x48a, 0x52f, 0x1e00, 0x1f15, 0x1f18, 0x1f1d, 0x1f20, 0x1f45, 0x1f48, 0x1f4d, 0x1f50, 0x1f57, 0x1f59, 0x1f59, 0x1f5b, 0x1f5b, 0x1f5d, 0x1f5d, 0x1f5f,
  0x1f70, 0x1f72, 0x1f72, 0x1f74, 0x1f74, 0x1f76, 0x1f76, 0x1f78, 0x1f78, 0x1f7a, 0x1f7a, 0x1f7c, 0x1f7c, 0x1f80, 0x1fb4, 0x1fb6, 0x1fba, 0x1fbc, 0x1fbd,
  0x1fbf, 0x1fc4, 0x1fc6, 0x1fc8, 0x1fca, 0x1fca, 0x1fcc, 0x1fd2, 0x1fd6, 0x1fda, 0x1fdd, 0x1fe2, 0x1fe4, 0x1fea, 0x1fec, 0x1fed, 0x1ff2, 0x1ff4, 0x1ff6,
  0x1ff8, 0x1ffa, 0x1ffa, 0x1ffc, 0x1ffc, 0x1ffe, 0x1ffe, 0x2010, 0x2027, 0x2030, 0x203b, 0x203d, 0x2048, 0x204a, 0x205e, 0x2070, 0x2071, 0x2074, 0x208e,
  0x2090, 0x209c, 0x20a0, 0x20c1, 0x2100, 0x2121, 0x2123, 0x2125, 0x2127, 0x2129, 0x212c, 0x2138, 0x213a, 0x214f, 0x2190, 0x2193, 0x219a, 0x21a8, 0x21ab,
  0x22ff, 0x2500, 0x25a9, 0x25ac, 0x25b5, 0x25b7, 0x25bf, 0x25c1, 0x25fa, 0x25ff, 0x25ff,
];
const LIMIT = 0x2600;

let table: Uint8Array | null = null;

function narrowTable(): Uint8Array {
  const t = new Uint8Array(LIMIT);
  t.fill(1, 0x20, 0x7f);
  for (let i = 0; i < RANGES.length; i += 2) t.fill(1, RANGES[i], RANGES[i + 1] + 1);
  return t;
}

/** Every code point the fast path counts as one column, for the test that checks them. */
export function simpleCodePoints(): number[] {
  table ??= narrowTable();
  const points: number[] = [];
  for (let c = 0; c < LIMIT; c++) if (table[c] === 1) points.push(c);
  return points;
}

/** Whether the UTF-16 code unit `c` is a simple character: one column, a grapheme of its own, in NFC. */
export function isSimpleChar(c: number): boolean {
  return c < LIMIT && (table ??= narrowTable())[c] === 1;
}

const ESC = 0x1b;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Where an SGR sequence (ESC [ n;n… m, numbers of 1–4 digits) starting at `i` ends, or -1. */
function sgrEnd(text: string, i: number): number {
  if (text.charCodeAt(i + 1) !== 0x5b) return -1;
  let at = i + 2;
  let digits = 0;
  for (; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (isDigit(c)) {
      if (++digits > 4) return -1;
    } else if (c === 0x3b && digits > 0) {
      digits = 0;
      if (!isDigit(text.charCodeAt(at + 1))) return -1;
    } else if (c === 0x6d) {
      return at + 1;
    } else {
      return -1;
    }
  }
  return -1;
}

export interface WidthOptions {
  ambiguousIsNarrow?: boolean;
  countAnsiEscapeCodes?: boolean;
}

/**
 * Columns `text` takes on a terminal when every character is one column and
 * stands alone (colour codes count nothing, as string-width strips them by
 * default); -1 when string-width must decide.
 */
export function simpleWidth(text: string, options?: WidthOptions): number {
  if (options?.ambiguousIsNarrow === false) return -1;
  // Asked to count escape codes, string-width counts their characters: left to it.
  const stripCodes = !options?.countAnsiEscapeCodes;
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) width++;
    else if (c === ESC && stripCodes) {
      const end = sgrEnd(text, i);
      if (end < 0) return -1;
      i = end - 1;
    } else if (c < LIMIT && (table ??= narrowTable())[c] === 1) width++;
    else return -1;
  }
  return width;
}

// string-width is slow on other text; panes ask for the same rows on every frame.
const widths = new Map<string, number>();
const MAX_REMEMBERED = 4096;

/** Columns `text` takes on a terminal. */
export function displayWidth(text: string): number {
  const simple = simpleWidth(text);
  if (simple >= 0) return simple;
  let w = widths.get(text);
  if (w === undefined) {
    if (widths.size >= MAX_REMEMBERED) widths.clear();
    w = stringWidth(text);
    widths.set(text, w);
  }
  return w;
}

/** `text` padded with spaces to `width` display columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** `text` padded on the left to `width` display columns. */
export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}
