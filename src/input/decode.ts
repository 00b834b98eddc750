// Bytes to text: refuse binaries, decode UTF-8 (or a UTF-16 BOM), and fall
// back to a declared charset, Latin-1 or replacement characters with a warning.
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

/** 'utf-16le' or 'utf-16be' when the text is UTF-16 without a BOM: a NUL in every other byte. */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, SAMPLE & ~1);
  if (sample.length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  let controls = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
    // A code unit that is a C0 control other than tab and line ends.
    const low = sample[i] === 0 ? sample[i + 1] : sample[i + 1] === 0 ? sample[i] : 0x20;
    if (low < 0x20 && low !== 0x09 && low !== 0x0a && low !== 0x0d) controls++;
  }
  const pairs = sample.length / 2;
  // ASCII-range text in UTF-16 has a NUL in one half of nearly every pair and
  // none in the other; binary data with such a pattern is full of controls.
  if (controls > pairs * 0.05) return null;
  if (oddNul > pairs * 0.5 && evenNul === 0) return 'utf-16le';
  if (evenNul > pairs * 0.5 && oddNul === 0) return 'utf-16be';
  return null;
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
