// Markdown: "#" is the title, "##" and "###" start sections, inline syntax
// becomes plain text, front matter gives title, author and date. Each
// fixture post holds an article from articles/ and must give back its body.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineText } from '../../src/article/markdown/inline.js';
import { parseMarkdown } from '../../src/article/markdown/parse-markdown.js';
import { loadInput } from '../../src/input/load.js';
import { body, FIXTURES, plainArticle, shownText } from './fixtures.js';

async function post(slug: string) {
  const input = await loadInput(join(FIXTURES, 'markdown', `${slug}.md`), { maxBytes: 1 << 24 });
  expect(input.format).toBe('markdown');
  return parseMarkdown(input.text);
}

describe('fixture posts', () => {
  it('a Jekyll post: front matter header, "##" sections, links, emphasis and an image', async () => {
    const slug = 'voa-2018-12-14-us-africa-strategy-bolton';
    const article = await post(slug);
    expect(body(article)).toEqual(body(plainArticle(slug)));
    expect(article).toMatchObject({
      title: 'New Africa Strategy Pits US Against China, Russia',
      byline: 'Salem Solomon',
      date: '2018-12-14',
      source: 'VOA News',
    });
    expect(article.boilerplate).toEqual(['This story originally appeared on voanews.com.']);
    expect(shownText(article)).not.toMatch(/[*_]|\]\(|https?:|Bolton at the|layout|excerpt/);
  });

  it('a "#" title with the date on the next line, reference links and a sources section', async () => {
    const slug = 'wikinews-2019-09-04-california-boat-fire';
    const article = await post(slug);
    const plain = plainArticle(slug);
    expect(article).toMatchObject({ title: plain.title, date: '2019-09-04' });
    expect(article.sections[0]).toEqual(plain.sections[0]);
    expect(article.sections[1]).toEqual({
      title: 'Sources',
      paragraphs: [
        '• "Dive boat fire off California kills dozens" — Associated Press, September 2, 2019',
        '• "Coast Guard suspends search" — US Coast Guard, September 3, 2019',
      ],
    });
    expect(shownText(article)).not.toContain('wikipedia');
  });

  it('setext headings, CRLF line ends, an HTML comment and bold glossary terms', async () => {
    const slug = 'voale-2016-05-north-korea-expels-bbc-journalists';
    const article = await post(slug);
    const plain = plainArticle(slug);
    expect(article.title).toBe(plain.title);
    expect(body(article)).toEqual(body(plain));
    expect(shownText(article)).not.toContain('imported from');
  });
});

describe('structure', () => {
  it('takes the first "#" as the title and every later heading as a section', () => {
    const article = parseMarkdown('# Bridge Closed\n\nFirst paragraph.\n\n## The vote\n\nSecond.\n\n### Details ###\n\nThird.\n\n# Aftermath\n\nFourth.\n');
    expect(article.title).toBe('Bridge Closed');
    expect(article.sections).toEqual([
      { title: null, paragraphs: ['First paragraph.'] },
      { title: 'The vote', paragraphs: ['Second.'] },
      { title: 'Details', paragraphs: ['Third.'] },
      { title: 'Aftermath', paragraphs: ['Fourth.'] },
    ]);
  });

  it('joins hard-wrapped lines, keeps quotes, lists and code, and drops rules and link definitions', () => {
    const article = parseMarkdown(
      [
        'First line of a paragraph',
        'and its second line.',
        '',
        '> "We could not wait," the mayor said,',
        '> "not one more week."',
        '',
        '> A quotation without its own marks',
        'continued lazily.',
        '',
        '* * *',
        '',
        '- first point',
        '- [x] second point',
        '  continued',
        '',
        '3. third',
        '4. fourth',
        '',
        '```js',
        'const x = 1;',
        '```',
        '',
        '| Name | Votes |',
        '|------|------:|',
        '| Roe  | 5 |',
        '',
        '[unused]: https://example.org',
        'Closing words.',
      ].join('\n'),
    );
    expect(article.sections[0].paragraphs).toEqual([
      'First line of a paragraph and its second line.',
      '"We could not wait," the mayor said, "not one more week."',
      '“A quotation without its own marks continued lazily.”',
      '• first point',
      '• second point continued',
      '3. third',
      '4. fourth',
      'const x = 1;',
      'Name | Votes',
      'Roe | 5',
      'Closing words.',
    ]);
  });

  it('does not start a list on a wrapped line that begins with a year', () => {
    expect(parseMarkdown('The plant opened in\n2019. It closed later.\n').sections[0].paragraphs).toEqual(['The plant opened in 2019. It closed later.']);
  });

  it('reads front matter in YAML and TOML, with lists and nested names', () => {
    const yaml = parseMarkdown(
      '---\ntitle: \'Bridge: Closed\'\nauthor:\n  name: Jane Roe\ndate: "2021-05-06T08:00:00Z"\npublisher: City Wire # local paper\n---\nThe council voted.\n',
    );
    expect(yaml).toMatchObject({ title: 'Bridge: Closed', byline: 'Jane Roe', date: '2021-05-06', source: 'City Wire' });
    const toml = parseMarkdown('+++\ntitle = "Bridge Closed"\nauthors = ["Jane Roe", "Li Wei"]\ndate = 2021-05-06\n+++\n\nThe council voted.\n');
    expect(toml).toMatchObject({ title: 'Bridge Closed', byline: 'Jane Roe and Li Wei', date: '2021-05-06' });
  });

  it('prefers the body’s "#" title and byline line to nothing, and the front matter title to none', () => {
    expect(parseMarkdown('---\ntitle: From Front Matter\n---\nThe council voted on Tuesday.\n').title).toBe('From Front Matter');
    expect(parseMarkdown('# Bridge Closed\n\n**By Jane Roe, City Wire**\n\nThe council voted.\n')).toMatchObject({ byline: 'Jane Roe', source: 'City Wire' });
  });
});

describe('inline syntax to plain text', () => {
  const refs = new Set(['ref', 'voa', '^1']);
  it.each([
    ['**bold**, __bold__, *em*, _em_, ***both*** and ~~struck~~', 'bold, bold, em, em, both and struck'],
    ['[a link](https://example.org/a_(b) "title") and [ref link][ref] and [VOA] and [VOA][]', 'a link and ref link and VOA and VOA'],
    ['an image ![photo of the bridge](bridge.jpg) left out', 'an image  left out'],
    ['`code with *stars*` and ``a ` tick``', 'code with *stars* and a ` tick'],
    ['<https://example.org/x> and <desk@example.org>', 'https://example.org/x and desk@example.org'],
    ['<b>tags</b> go, line<br>breaks <!-- notes --> too', 'tags go, line breaks  too'],
    ['\\*not emphasis\\* and \\[not a link\\](x)', '*not emphasis* and [not a link](x)'],
    ['&amp; &mdash; &#8220;q&#8221; &#x263A; &unknown;', '& — “q” ☺ &unknown;'],
    ['a footnote[^1] marker', 'a footnote[1] marker'],
  ])('%s', (markdown, text) => {
    expect(inlineText(markdown, refs)).toBe(text);
  });

  it('leaves text that only looks like syntax alone', () => {
    for (const text of [
      'He said the plan [for the bridge] was "sound." [sic]',
      'snake_case_name and 5 * 3 * 2 and ~5 km and a < b > c',
      '*unclosed emphasis and [unclosed bracket',
    ]) {
      expect(inlineText(text, refs)).toBe(text);
    }
  });

  it('reads a hostile paragraph of nested brackets and stray markers in one pass', () => {
    const hostile = '[('.repeat(200_000) + '*_`'.repeat(100_000) + ')]'.repeat(200_000);
    expect(inlineText(hostile, refs).length).toBeGreaterThan(0);
  });
});

describe('size', () => {
  it('reads a post of 150,000 paragraphs (more blocks than a call can take as arguments)', () => {
    const article = parseMarkdown('# Many\n\n' + 'A short paragraph.\n\n'.repeat(150_000));
    expect(article.sections[0].paragraphs).toHaveLength(150_000);
  });
});
