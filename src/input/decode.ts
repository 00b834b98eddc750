// Bytes to text: refuse binaries, decode UTF-8 (or a UTF-16 BOM), and fall
// back to Latin-1 or replacement characters with a warning.
import { InputError } from './errors.js';

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
];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Why `bytes` are not text, or null when they may be. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [magic, kind] of MAGIC) if (startsWith(bytes, magic)) return kind;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return null; // UTF-16 LE BOM
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return null; // UTF-16 BE BOM
  // NUL bytes and a high share of other control bytes in the first 8 KiB.
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return 'binary data';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.1 ? 'binary data' : null;
}

/** Latin-1 text is valid UTF-8 nowhere and has no C1 controls: bytes 0x80-0x9f are rare. */
function looksLatin1(bytes: Uint8Array): boolean {
  let high = 0;
  for (const b of bytes) {
    if (b >= 0x80 && b <= 0x9f) return false;
    if (b >= 0xa0) high++;
  }
  return high > 0;
}

export function decode(bytes: Uint8Array, name: string): Decoded {
  const kind = binaryKind(bytes);
  if (kind) throw new InputError(`${name}: not a text article (looks like ${kind})`);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), warnings: [] };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    if (looksLatin1(bytes)) {
      return { text: new TextDecoder('latin1').decode(bytes), warnings: [`${name}: not UTF-8, read as Latin-1`] };
    }
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      warnings: [`${name}: invalid UTF-8, bad bytes shown as \uFFFD`],
    };
  }
}
