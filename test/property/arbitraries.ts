// Random and mutated articles for property tests, built from the real
// articles in articles/: lines dropped, repeated, swapped, joined, split,
// indented and interleaved with random text, in any line-end form.
import fc from 'fast-check';
import { listArticles } from '../helpers/articles.js';

export const ARTICLES = listArticles().map((a) => a.text);

type Edit = (lines: string[]) => string[];

const at = (lines: string[], n: number) => (lines.length === 0 ? 0 : n % lines.length);

// Text without control characters: letters of several scripts, digits,
// punctuation, quote marks, spaces and emoji.
const PLAIN_CHARS = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?-—–“”‘’"\'()[]•|/&#*_`<>'.split(''),
  'é',
  'ß',
  'ø',
  'ğ',
  'Ж',
  'λ',
  'ع',
  'ש',
  '北',
  '京',
  'の',
  '한',
  '🎉',
  '👩‍👩‍👧',
  '🇰🇪',
  '\u00a0',
  '\u200b',
  '\t',
);
export const plainText = fc.array(PLAIN_CHARS, { maxLength: 80 }).map((cs) => cs.join(''));

const plainEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.nat().map(
    (n): Edit =>
      (ls) =>
        ls.filter((_, i) => i !== at(ls, n)),
  ),
  fc.nat().map(
    (n): Edit =>
      (ls) =>
        ls.flatMap((l, i) => (i === at(ls, n) ? [l, l] : [l])),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Edit => (ls) => {
    const out = [...ls];
    const [i, j] = [at(ls, a), at(ls, b)];
    [out[i], out[j]] = [out[j], out[i]];
    return out;
  }),
  fc.nat().map((n): Edit => (ls) => {
    const i = at(ls, n);
    return i + 1 < ls.length ? [...ls.slice(0, i), `${ls[i]} ${ls[i + 1]}`, ...ls.slice(i + 2)] : ls;
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([n, p]): Edit => (ls) => {
    const i = at(ls, n);
    const line = ls[i] ?? '';
    const spaces = [...line.matchAll(/ /g)].map((m) => m.index!);
    if (spaces.length === 0) return ls;
    const cut = spaces[p % spaces.length];
    return [...ls.slice(0, i), line.slice(0, cut), line.slice(cut + 1), ...ls.slice(i + 1)];
  }),
  fc.nat().map(
    (n): Edit =>
      (ls) =>
        ls.flatMap((l, i) => (i === at(ls, n) ? ['', l] : [l])),
  ),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })).map(
    ([n, k]): Edit =>
      (ls) =>
        ls.map((l, i) => (i === at(ls, n) ? ' '.repeat(k) + l : l)),
  ),
  fc.tuple(fc.nat(), plainText).map(([n, text]): Edit => (ls) => [...ls.slice(0, at(ls, n)), text, ...ls.slice(at(ls, n))]),
  fc.double({ min: 0.05, max: 1, noNaN: true }).map(
    (f): Edit =>
      (ls) =>
        ls.slice(0, Math.max(1, Math.ceil(ls.length * f))),
  ),
);

const LINE_END = fc.constantFrom('\n', '\r\n', '\r');

/** A real article with random edits that add no control characters. */
export const mutatedArticle: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...ARTICLES), fc.array(plainEdit, { maxLength: 6 }), LINE_END, fc.boolean())
  .map(([text, edits, eol, bom]) => {
    let lines = text.split('\n');
    for (const edit of edits) lines = edit(lines);
    return (bom ? '\ufeff' : '') + lines.join(eol);
  });

const ESC = '\u001b';
// Control sequences and characters a hostile file may hold.
const CONTROL = fc.constantFrom(
  `${ESC}[31m`,
  `${ESC}[0m`,
  `${ESC}[2J`,
  `${ESC}[H`,
  `${ESC}[10;5H`,
  `${ESC}[?1049h`,
  `${ESC}]0;title\u0007`,
  `${ESC}]8;;https://example.com/${ESC}\\`,
  `${ESC}]52;c;aGVsbG8=\u0007`,
  `${ESC}P1$r${ESC}\\`,
  `${ESC}]`,
  `${ESC}[`,
  ESC,
  '\u0000',
  '\u0007',
  '\u0008',
  '\u007f',
  '\u009b31m',
  '\u009d0;x\u0007',
  '\u0085',
  '\u202e',
  '\u2066',
  '\ud800',
  '\udfff',
);

/** A real article with control sequences dropped into random places. */
export const hostileArticle: fc.Arbitrary<string> = fc
  .tuple(mutatedArticle, fc.array(fc.tuple(fc.nat(), CONTROL), { minLength: 1, maxLength: 12 }))
  .map(([text, inserts]) => {
    let out = text;
    for (const [n, control] of inserts) {
      const i = n % (out.length + 1);
      out = out.slice(0, i) + control + out.slice(i);
    }
    return out;
  });

/** Any string at all, control characters and lone surrogates included. */
export const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 400 }), hostileArticle);

/** Markup of the kind pages and posts are made of, in random order. */
export const markupSoup = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<p>',
        '</p>',
        '<div class="x">',
        '</div>',
        '<h2>',
        '</h2>',
        '<h3>',
        '</h3>',
        '<blockquote>',
        '</blockquote>',
        '<ul><li>',
        '</li></ul>',
        '<script>var x = "<p>";</script>',
        '<!--',
        '-->',
        '<br>',
        '&amp;',
        '&#27;',
        '&#x202e;',
        '<html>',
        '<body>',
        '<head><title>T</title></head>',
        '# ',
        '## ',
        '\n',
        '\n\n',
        '**',
        '*',
        '_',
        '`',
        '```\n',
        '[',
        '](',
        ')',
        '> ',
        '- ',
        '1. ',
        '---\ntitle: T\n---\n',
        '|',
        '\\',
      ),
      plainText,
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));
