// What @alcalzone/ansi-tokenize makes of colour codes (SGR sequences), for
// the frame buffer's lines of simple text: the same style lists, the same
// codes between two of them. The library tokenizes with Intl.Segmenter,
// whose first use loads ICU data for about 20 ms; a reader whose screen
// holds only simple text never needs it. Every function here follows the
// library's function of the same purpose (named beside it), and
// test/tui/ink-output.test.ts checks whole frames against Ink's own.
import ansiStyles from 'ansi-styles';
import type { AnsiCode } from '@alcalzone/ansi-tokenize';

const sgr = (n: number) => ansiStyles.color.ansi(n);
const RESET = ansiStyles.reset.open;
const BOLD = ansiStyles.bold.open;
const DIM = ansiStyles.dim.open;

const endCodes = new Set<string>();
const endCodeOfStart = new Map<string, string>();
for (const [start, end] of ansiStyles.codes) {
  endCodes.add(sgr(end));
  endCodeOfStart.set(sgr(start), sgr(end));
}

/** ansiCodes.js getEndCode, for SGR codes. */
function endCodeOf(code: string): string {
  if (endCodes.has(code)) return code;
  const known = endCodeOfStart.get(code);
  if (known !== undefined) return known;
  const body = code.slice(2);
  if (body.startsWith('38')) return ansiStyles.color.close;
  if (body.startsWith('48')) return ansiStyles.bgColor.close;
  const end = ansiStyles.codes.get(Number.parseInt(body, 10));
  return end ? sgr(end) : RESET;
}

/** tokenize.js splitCompoundSGRSequences: `ESC[1;31m` as `ESC[1m`, `ESC[31m`; 256- and 24-bit colours whole. */
function splitCompound(sequence: string): string[] {
  if (!sequence.includes(';')) return [sequence];
  const parts = sequence.slice(2, -1).split(';');
  const codes: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if ((part === '38' || part === '48') && i + 2 < parts.length && parts[i + 1] === '5') {
      codes.push(parts.slice(i, i + 3).join(';'));
      i += 2;
    } else if ((part === '38' || part === '48') && i + 4 < parts.length && parts[i + 1] === '2') {
      codes.push(parts.slice(i, i + 5).join(';'));
      i += 4;
    } else {
      codes.push(part);
    }
  }
  return codes.map((part) => `\u001b[${part}m`);
}

/** The codes of an SGR sequence, as tokenize gives them. */
export function sgrCodes(sequence: string): AnsiCode[] {
  return splitCompound(sequence).map((code) => ({ type: 'ansi', code, endCode: endCodeOf(code) }));
}

const isIntensity = (code: AnsiCode) => code.code === BOLD || code.code === DIM;

/** reduce.js reduceAnsiCodesIncremental: the styles in force after `added`. */
export function reduceCodes(codes: readonly AnsiCode[], added: readonly AnsiCode[]): AnsiCode[] {
  let styles = [...codes];
  for (const code of added) {
    if (code.code === RESET) styles = [];
    else if (endCodes.has(code.code)) styles = styles.filter((s) => s.endCode !== code.code);
    else if (isIntensity(code)) {
      // Bold and dim share an end code but can be on together.
      if (!styles.find((s) => s.code === code.code && s.endCode === code.endCode)) styles.push(code);
    } else {
      styles = styles.filter((s) => s.endCode !== code.endCode);
      styles.push(code);
    }
  }
  return styles;
}

/** undo.js undoAnsiCodes. */
function undoCodes(codes: readonly AnsiCode[]): AnsiCode[] {
  return reduceCodes([], codes)
    .reverse()
    .map((code) => ({ ...code, code: code.endCode }));
}

/** diff.js diffAnsiCodes: the least that takes the terminal from styles `from` to `to`. */
export function diffCodes(from: readonly AnsiCode[], to: readonly AnsiCode[]): AnsiCode[] {
  const endCodesInTo = new Set(to.map((code) => code.endCode));
  const startCodesInTo = new Set(to.map((code) => code.code));
  const startCodesInFrom = new Set(from.map((code) => code.code));
  return [
    ...undoCodes(from.filter((code) => (isIntensity(code) ? !startCodesInTo.has(code.code) : !endCodesInTo.has(code.endCode)))),
    ...to.filter((code) => !startCodesInFrom.has(code.code)),
  ];
}

/** ansiCodes.js ansiCodesToString: each code once, in order. */
export function codesToString(codes: readonly AnsiCode[]): string {
  return [...new Set(codes.map((code) => code.code))].join('');
}
