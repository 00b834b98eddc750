// The plain-text parser on hostile and unusual text: huge inputs in linear
// time and bounded memory, a 10 MB line, millions of short lines, every
// line-end and encoding form, and scripts other than Latin.
import { cp1252Codes } from '../helpers/cp1252.js';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/input/decode.js';
import { parseText } from '../../src/article/parse-text.js';
import { ARTICLES_DIR, listArticles, SEED_ARTICLE } from '../helpers/articles.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEED = readFileSync(SEED_ARTICLE, 'utf8');
const paragraphs = (text: string) => parseText(text).sections.flatMap((s) => s.paragraphs);

describe('size', () => {
  // 20 MB: big enough for any pass that holds the whole text at once to show; growth is the growth tests' work.
  it('parses a 20 MB article', () => {
    const one = listArticles()
      .map((a) => a.text)
      .join('\n\n');
    const copies = Math.ceil(20e6 / one.length);
    const article = parseText(Array(copies).fill(one).join('\n\n'));
    // The first copy's title heads it; every later copy is body.
    expect(article.title).toBe(parseText(one).title);
    expect(article.sections.reduce((n, s) => n + s.paragraphs.length, 0)).toBeGreaterThan(copies * 300);
  });

  it('parses a 10 MB line with no newline at all as one paragraph', () => {
    const line = SEED.replace(/\s+/g, ' ')
      .repeat(Math.ceil(10e6 / SEED.length))
      .trim();
    const article = parseText(line);
    expect(paragraphs(line)).toEqual([line]);
    expect(article.boilerplate).toEqual([]);
  });

  it('parses a block of 300,000 short lines (a spread of them would overflow the stack)', () => {
    const article = parseText('Item\n'.repeat(300_000));
    const lines = article.sections.flatMap((s) => [s.title, ...s.paragraphs]).filter((l) => l !== null);
    expect(article.boilerplate.length + lines.length + (article.title ? 1 : 0)).toBe(300_000);
  });

  it('parses a million blank lines, and a block of a million long lines', () => {
    expect(parseText('\n'.repeat(1_000_000)).sections).toEqual([]);
    const long = `${'The council voted on Tuesday to close the old bridge to cars after engineers found cracks.'}\n`.repeat(200_000);
    expect(paragraphs(long).length).toBeGreaterThan(0);
  });
});

describe('line ends and encodings', () => {
  const model = JSON.stringify(parseText(SEED));

  it('reads CRLF, CR and LF alike', () => {
    expect(JSON.stringify(parseText(SEED.replace(/\n/g, '\r\n')))).toBe(model);
    expect(JSON.stringify(parseText(SEED.replace(/\n/g, '\r')))).toBe(model);
  });

  it('ignores a byte-order mark', () => {
    expect(JSON.stringify(parseText(`\ufeff${SEED}`))).toBe(model);
    expect(JSON.stringify(parseText(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SEED)]), 'a').text))).toBe(model);
  });

  // An article with curly quotes, dashes, bullets and accents, all of which Windows-1252 has.
  const KENYA = readFileSync(join(ARTICLES_DIR, 'voa-2018-03-01-kenya-railway-park-protest.txt'), 'utf8');

  it('reads the same article from Windows-1252 bytes, with one warning', () => {
    const codes = cp1252Codes(KENYA);
    expect(codes.filter((b) => b > 0xff)).toEqual([]);
    const decoded = decode(Uint8Array.from(codes), 'kenya-1252.txt');
    expect(decoded.warnings).toEqual(['kenya-1252.txt: not UTF-8, read as Latin-1 (Windows-1252)']);
    expect(JSON.stringify(parseText(decoded.text))).toBe(JSON.stringify(parseText(KENYA)));
  });

  it('reads invalid UTF-8 with replacement characters in the words they broke', () => {
    const bytes = Buffer.from(KENYA);
    const at = bytes.indexOf('Nairobi National Park');
    bytes[at + 3] = 0xff;
    const decoded = decode(bytes, 'broken.txt');
    expect(decoded.warnings).toEqual(['broken.txt: invalid UTF-8, bad bytes shown as \ufffd']);
    expect(paragraphs(decoded.text).join('\n')).toContain('Nai\ufffdobi National Park');
  });
});

describe('scripts other than Latin', () => {
  it('keeps right-to-left text, and only the direction marks that cannot reorder the terminal', () => {
    const ar = 'الحكومة تعلن خطة جديدة للنقل العام في العاصمة\u200f';
    const text = `Cairo Transit Plan\n\nBy Ahmed Ali\n\n${ar} — the plan, announced on Tuesday, will take five years to complete according to the ministry.\n\nThe minister said \u202eevil\u202c the work starts in spring, and that the new lines will serve a million people every day.`;
    const article = parseText(text);
    expect(article).toMatchObject({ title: 'Cairo Transit Plan', byline: 'Ahmed Ali' });
    expect(article.sections[0].paragraphs[0].startsWith(ar)).toBe(true);
    expect(article.sections[0].paragraphs[1]).toContain('said evil the work');
  });

  it('reads a Chinese article: sentences without spaces are prose, not a header', () => {
    const body = [
      '第二十四届冬季奥林匹克运动会开幕式今晚在国家体育场举行，来自九十多个国家和地区的运动员参加了入场仪式。',
      '国际奥委会主席巴赫在致辞中说：“北京是第一座既举办过夏季奥运会又举办冬季奥运会的城市。”',
      '观众们在看台上挥舞国旗 🇨🇳 欢呼 🎉，现场气氛热烈。',
    ];
    const article = parseText(`北京冬奥会今晚开幕\n\n2022年2月4日\n\n${body.join('\n\n')}`);
    expect(article).toMatchObject({ title: '北京冬奥会今晚开幕', date: '2022-02-04', boilerplate: [] });
    expect(article.sections).toEqual([{ title: null, paragraphs: body }]);
  });

  it('keeps emoji sequences whole: ZWJ families, flags, skin tones, keycaps', () => {
    const emoji = 'Fans waved 🇰🇪 flags, 👩🏽‍🚀 costumes and 👨‍👩‍👧‍👦 banners, and chanted 1️⃣ 2️⃣ 3️⃣ as the team came out onto the pitch.';
    expect(paragraphs(`Match Day\n\n${emoji}\n\n${emoji}`)).toEqual([emoji, emoji]);
  });
});
