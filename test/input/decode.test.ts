// Bytes to text: binaries refused by name, every Unicode and Latin-1 form
// read, broken UTF-8 decoded with replacement characters and one warning.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { binaryKind, declaredCharset, decode } from '../../src/input/decode.js';
import { UserError } from '../../src/core/errors.js';

const bytes = (...parts: (number[] | string)[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

// The first bytes of a real 1x1 PNG.
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

describe('binary files', () => {
  it.each([
    ['a PNG image', PNG, 'PNG image'],
    ['a gzip archive', gzipSync('The council voted on Tuesday.'), 'gzip archive'],
    ['a PDF document', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'PDF document'],
    ['a zip archive', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), 'zip archive'],
    ['an ELF executable', bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), 'executable'],
    ['data with NUL bytes', bytes('text', [0, 1, 2, 3], 'more'), 'binary data'],
  ])('refuses %s as "not a text article"', (_what, data, kind) => {
    expect(binaryKind(data)).toBe(kind);
    expect(() => decode(data, 'photo.dat')).toThrow(new UserError(`photo.dat: not a text article (looks like ${kind})`));
  });

  it('refuses random bytes full of control characters', () => {
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => ((i * 7919) % 31) + 1);
    expect(binaryKind(noise)).toBe('binary data');
  });

  it('takes text with escape sequences in it for text', () => {
    expect(binaryKind(bytes('\u001b[31mred\u001b[0m and plain'))).toBeNull();
  });
});

describe('Unicode', () => {
  const text = 'Café “quoted” — 北京 🎉';

  it('reads UTF-8 with and without a BOM', () => {
    expect(decode(bytes(text), 'a')).toEqual({ text, warnings: [] });
    expect(decode(bytes([0xef, 0xbb, 0xbf], text), 'a')).toEqual({ text, warnings: [] });
  });

  it('reads UTF-16 with either BOM, and little-endian UTF-16 without one', () => {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'a').text).toBe(text);
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'a').text).toBe(text);
    expect(decode(Buffer.from('The council voted on Tuesday.\n', 'utf16le'), 'a').text).toBe('The council voted on Tuesday.\n');
  });

  it('decodes invalid UTF-8 with replacement characters and exactly one warning', () => {
    // Valid multi-byte text with a truncated sequence and stray continuation bytes.
    const broken = bytes('“Valid” start ', [0xe2, 0x80], ' middle ', [0x80, 0xbf, 0xc3], ' end');
    const out = decode(broken, 'broken.txt');
    expect(out.text).toBe('“Valid” start \ufffd middle \ufffd\ufffd\ufffd end');
    expect(out.warnings).toEqual(['broken.txt: invalid UTF-8, bad bytes shown as \ufffd']);
  });
});

describe('Latin-1 and Windows-1252', () => {
  it('reads Latin-1 bytes with one warning', () => {
    const out = decode(Buffer.from('Café in Zürich, señor', 'latin1'), 'old.txt');
    expect(out.text).toBe('Café in Zürich, señor');
    expect(out.warnings).toEqual(['old.txt: not UTF-8, read as Latin-1 (Windows-1252)']);
  });

  it('reads Windows-1252 curly quotes, dashes and the euro sign (which Node 20 alone does not)', () => {
    const out = decode(bytes([0x93], 'Yes', [0x94], ' ', [0x97], ' 5 ', [0x80, 0x85]), 'w.txt');
    expect(out.text).toBe('“Yes” — 5 €…');
  });

  it('uses a declared charset when the bytes are not UTF-8', () => {
    const sjis = Buffer.from([0x93, 0x8c, 0x8b, 0x9e]); // 東京 in Shift_JIS
    expect(decode(sjis, 'p.html', 'shift_jis')).toEqual({ text: '東京', warnings: [] });
    // A declaration never overrides valid UTF-8.
    expect(decode(bytes('東京'), 'p.html', 'windows-1252').text).toBe('東京');
  });

  it('finds the charset an HTML page declares', () => {
    expect(declaredCharset(bytes('<html><head><meta charset="iso-8859-1">'))).toBe('iso-8859-1');
    expect(declaredCharset(bytes('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1252">'))).toBe('windows-1252');
    expect(declaredCharset(bytes('<?xml version="1.0" encoding="ISO-8859-15"?><html>'))).toBe('ISO-8859-15');
    expect(declaredCharset(bytes('Plain text about charset=none'))).toBeNull();
  });
});
