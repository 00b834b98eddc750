// Bytes to text: refuse binaries, decode UTF-8 or UTF-16 (with a BOM or
// without), and fall back to a declared charset, Latin-1 or replacement characters with a warning.
import { UserError } from '../core/errors.js';

export interface Decoded {
  text: string;
  warnings: string[];
}

// Magic numbers of common binary formats that can look text-like at the start.
const MAGIC: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'PNG image'],
  [[0xff, 0xd8, 0xff], 'JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF image'],
  [[0x1f, 0x8b], 'gzip archive'],
  [[0x50, 0x4b, 0x03, 0x04], 'zip archive'],
  [[0x25, 0x50, 0x44, 0x46], 'PDF document'],
  [[0x7f, 0x45, 0x4c, 0x46], 'executable'],
  [[0x42, 0x5a, 0x68], 'bzip2 archive'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a], 'xz archive'],
  [[0x28, 0xb5, 0x2f, 0xfd], 'zstd archive'],
  [[0x52, 0x49, 0x46, 0x46], 'RIFF media file'],
  [[0x00, 0x00, 0x01, 0x00], 'icon'],
  [[0x00, 0x61, 0x73, 0x6d], 'WebAssembly module'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], '7z archive'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], 'SQLite database'],
];

const SAMPLE = 8192;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

// Code points that text in some script is made of, for judging a UTF-16
// reading: ASCII and the alphabets (Latin, Greek, Cyrillic, Armenian, Hebrew,
// Arabic, Indic, Thai, Georgian), punctuation and symbols, CJK, kana, Hangul
// and fullwidth forms. Private use, specials and unassigned blocks are not.
const TEXT_RANGES: [number, number][] = [
  [0x0020, 0x007e],
  [0x00a0, 0x06ff],
  [0x0900, 0x0eff],
  [0x10a0, 0x11ff],
  [0x1e00, 0x206f],
  [0x20a0, 0x23ff],
  [0x2460, 0x27bf],
  [0x3000, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xac00, 0xd7af],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xfeff, 0xfeff],
  [0xff00, 0xffef],
];

const isTextUnit = (u: number): boolean => TEXT_RANGES.some(([from, to]) => u >= from && u <= to);

// Of a reading's code units, the share that must be text (a surrogate pair counts as text).
const MIN_TEXT_SHARE = 0.95;

/**
 * How well `sample` reads as UTF-16 in one byte order: the share of its code
 * units that are text, or -1 when it cannot be text at all (a NUL character,
 * a lone surrogate, or not one tab, line end or space, which every article has
 * and which no text without NUL bytes gives in UTF-16).
 */
function utf16TextShare(sample: Uint8Array, littleEndian: boolean): number {
  let text = 0;
  let spaces = 0;
  const units = sample.length >> 1;
  for (let i = 0; i < units; i++) {
    const lo = sample[2 * i + (littleEndian ? 0 : 1)];
    const hi = sample[2 * i + (littleEndian ? 1 : 0)];
    const u = (hi << 8) | lo;
    if (u === 0) return -1;
    if (u >= 0xd800 && u <= 0xdbff) {
      // A high surrogate needs a low one next, unless the sample ends here.
      if (i + 1 === units) break;
      const next = littleEndian ? (sample[2 * i + 3] << 8) | sample[2 * i + 2] : (sample[2 * i + 2] << 8) | sample[2 * i + 3];
      if (next < 0xdc00 || next > 0xdfff) return -1;
      text += 2;
      i++;
    } else if (u >= 0xdc00 && u <= 0xdfff) {
      return -1;
    } else if (u === 0x09 || u === 0x0a || u === 0x0d || u === 0x20) {
      spaces++;
      text++;
    } else if (u === 0x0c || u === 0x1b || isTextUnit(u)) {
      text++;
    }
  }
  return spaces === 0 ? -1 : text / units;
}

/**
 * 'utf-16le' or 'utf-16be' when the text is UTF-16 without a BOM: in either
 * order, nearly every code unit is a character of some script, with no NUL
 * character and no lone surrogate. This holds for Latin text (a NUL byte in
 * every other byte) and for Cyrillic, Greek or CJK, whose high bytes are not
 * zero. UTF-8 and single-byte text never pass: without NUL bytes no code unit
 * is a space or a line end.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE) & ~1);
  if (sample.length < 4 || !sample.includes(0)) return null;
  const le = utf16TextShare(sample, true);
  const be = utf16TextShare(sample, false);
  if (Math.max(le, be) < MIN_TEXT_SHARE) return null;
  return le >= be ? 'utf-16le' : 'utf-16be';
}

/** Why `bytes` are not text, or null when they may be. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [magic, kind] of MAGIC) if (startsWith(bytes, magic)) return kind;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return null; // UTF-16 LE BOM
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return null; // UTF-16 BE BOM
  if (bomlessUtf16(bytes)) return null;
  // NUL bytes and a high share of other control bytes in the first 8 KiB.
  const sample = bytes.subarray(0, SAMPLE);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return 'binary data';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.1 ? 'binary data' : null;
}

/** Whether `bytes` hold at least one well-formed multi-byte UTF-8 sequence. */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0xc2 || b > 0xf4) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    let ok = i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) return true;
  }
  return false;
}

// What Windows-1252 puts in 0x80-0x9f (curly quotes, dashes, the euro sign).
// Node 20's TextDecoder gives C1 controls there instead, as ISO-8859-1 does,
// although WHATWG maps every Latin-1 label to Windows-1252.
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** A decoder for `label`, or null when this Node does not know the charset. */
function decoderFor(label: string): { encoding: string; decode(bytes: Uint8Array): string } | null {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return null;
  }
  if (decoder.encoding === 'windows-1252') return { encoding: 'windows-1252', decode: decodeWindows1252 };
  return decoder;
}

/** Throw when the first bytes of an input show it is not text. */
export function refuseBinary(head: Uint8Array, name: string): void {
  const kind = binaryKind(head);
  if (kind) throw new UserError(`${name}: not a text article (looks like ${kind})`);
}

/**
 * Decode `bytes`, which `name` names in messages. `charset` is what the
 * source declared (an HTTP header or an HTML meta tag), used only when the
 * bytes are not valid UTF-8.
 */
export function decode(bytes: Uint8Array, name: string, charset: string | null = null): Decoded {
  const kind = binaryKind(bytes);
  if (kind) throw new UserError(`${name}: not a text article (looks like ${kind})`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), warnings: [] };
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), warnings: [] };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    // Not UTF-8: the declared charset, else a guess, said once.
  }
  const declared = charset ? decoderFor(charset) : null;
  if (declared && declared.encoding !== 'utf-8') return { text: declared.decode(bytes), warnings: [] };
  if (!hasUtf8Sequence(bytes)) {
    // Windows-1252 is Latin-1 that also reads curly quotes and dashes in 0x80-0x9f.
    return { text: decodeWindows1252(bytes), warnings: [`${name}: not UTF-8, read as Latin-1 (Windows-1252)`] };
  }
  return {
    text: new TextDecoder('utf-8').decode(bytes),
    warnings: [`${name}: invalid UTF-8, bad bytes shown as \uFFFD`],
  };
}

/** The charset an HTML or XML document declares in its first bytes, if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const m = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i) ?? head.match(/^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i);
  return m ? m[1] : null;
}
