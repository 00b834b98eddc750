// Issue 16, item 12: UTF-16 without a byte-order mark is read in any script,
// not only when every other byte is NUL (Latin text), and the guess never
// takes UTF-8, Latin-1 or binary data for UTF-16.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { binaryKind, decode } from '../../src/input/decode.js';
import { loadInput } from '../../src/input/load.js';
import { listArticles } from '../helpers/articles.js';
import { scratchFolder } from './scratch.js';

// News paragraphs as they are written in each script: a headline, a dateline, a quote.
const ARTICLES: [string, string][] = [
  [
    'Russian',
    'Городской совет проголосовал за закрытие старого моста\n\nМОСКВА — Городской совет во вторник проголосовал за закрытие старого моста через реку. «Мост больше небезопасен», — сказал мэр Иван Петров журналистам.\n\nРаботы начнутся в марте.\n',
  ],
  [
    'Greek',
    'Το δημοτικό συμβούλιο ψήφισε το κλείσιμο της παλιάς γέφυρας\n\nΑΘΗΝΑ — Το δημοτικό συμβούλιο ψήφισε την Τρίτη το κλείσιμο της παλιάς γέφυρας. «Η γέφυρα δεν είναι πια ασφαλής», δήλωσε ο δήμαρχος Γιώργος Παπαδόπουλος.\n',
  ],
  // No ASCII but the line ends: fullwidth punctuation throughout.
  ['Chinese', '市议会投票关闭旧桥\n\n北京——市议会周二投票决定关闭这座横跨河流的旧桥。市长王伟对记者说：“这座桥已经不再安全。”\n\n工程将于三月开始。\n'],
  // Paragraphs indented with U+3000, whose low byte is NUL.
  [
    'Japanese',
    '市議会、古い橋の閉鎖を可決\n\n\u3000市議会は火曜日、川に架かる古い橋の閉鎖を可決した。市長の田中一郎氏は記者団に「この橋はもう安全ではない」と述べた。\n\u3000工事は来月から始まる予定だ。\n',
  ],
  [
    'Korean',
    '시의회, 낡은 다리 폐쇄 의결\n\n서울 — 시의회는 화요일 강을 가로지르는 낡은 다리를 폐쇄하기로 의결했다. 김민수 시장은 기자들에게 "이 다리는 더 이상 안전하지 않다"고 말했다. 🎉\n',
  ],
];

const le = (text: string) => Buffer.from(text, 'utf16le');
const be = (text: string) => Buffer.from(text, 'utf16le').swap16();

describe('UTF-16 without a BOM', () => {
  it.each(ARTICLES)('reads %s text in either byte order', (_script, text) => {
    for (const bytes of [le(text), be(text)]) {
      expect(binaryKind(bytes)).toBeNull();
      expect(decode(bytes, 'a.txt')).toEqual({ text, warnings: [] });
    }
  });

  it('reads the bundled articles in either byte order', () => {
    for (const { text } of listArticles()) {
      expect(decode(le(text), 'a.txt').text).toBe(text);
      expect(decode(be(text), 'a.txt').text).toBe(text);
    }
  });

  it('reads a Cyrillic UTF-16 file from its first bytes on, as any article', async () => {
    const { file } = scratchFolder('utf16');
    const text = ARTICLES[0][1];
    const input = await loadInput(file('moscow.txt', be(text.repeat(400))), { maxBytes: 1 << 20 });
    expect(input.text.startsWith(text)).toBe(true);
    expect(input.warnings).toEqual([]);
  });
});

describe('never taken for UTF-16', () => {
  it('UTF-8 text in any script, and the bundled articles', () => {
    for (const [, text] of ARTICLES) expect(decode(Buffer.from(text, 'utf8'), 'a.txt')).toEqual({ text, warnings: [] });
    for (const { text } of listArticles()) expect(decode(Buffer.from(text, 'utf8'), 'a.txt').text).toBe(text);
  });

  it('Latin-1 text', () => {
    expect(decode(Buffer.from('Café in Zürich, señor. « Oui », a-t-il dit.\n', 'latin1'), 'a.txt').warnings).toEqual([
      'a.txt: not UTF-8, read as Latin-1 (Windows-1252)',
    ]);
  });

  it('binary data with NUL bytes', () => {
    // 16-bit counters, as in a table of numbers: NUL in every high byte, but controls.
    const counters = Buffer.from(Uint16Array.from({ length: 2048 }, (_, i) => 1 + (i % 300)).buffer);
    // Pseudo-random bytes (a linear congruential generator), as compressed data looks.
    let seed = 12345;
    const noise = Uint8Array.from({ length: 8192 }, () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    // Compressed text behind a header that hides gzip's magic number.
    const packed = Buffer.concat([Buffer.from([0x00, 0x20]), gzipSync(ARTICLES[0][1].repeat(50))]);
    for (const data of [counters, noise, packed]) expect(binaryKind(data)).toBe('binary data');
  });
});
