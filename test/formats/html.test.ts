// HTML pages: the main article found among navigation, ads, comments,
// scripts and related stories, with its title, byline, date and source from
// the page's metadata. Each fixture page wraps an article from articles/,
// and the body it gives must be that article's body as the plain-text
// parser reads it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/article/html/parse-html.js';
import { loadInput } from '../../src/input/load.js';
import { body, FIXTURES, plainArticle, shownText } from './fixtures.js';

async function page(slug: string) {
  const input = await loadInput(join(FIXTURES, 'html', `${slug}.html`), { maxBytes: 1 << 24 });
  expect(input.format).toBe('html');
  return parseHtml(input.text);
}

describe('a news site page with JSON-LD, ads, share buttons, comments and a sidebar', async () => {
  const slug = 'voa-2022-02-04-white-house-putin-xi';
  const article = await page(slug);

  it('gives the article body, sections and paragraphs as in the plain text', () => {
    expect(body(article)).toEqual(body(plainArticle(slug)));
  });

  it('takes the header from the JSON-LD', () => {
    expect(article).toMatchObject({
      title: 'White House Dismissive of Putin - Xi Meeting',
      byline: 'Patsy Widakuswara',
      date: '2022-02-04',
      source: 'Voice of America',
    });
  });

  it('leaves out everything around the article', () => {
    const shown = shownText(article);
    for (const furniture of [
      'cookies',
      'Skip to content',
      'UNITED24',
      'Homeland Security',
      'Share on Facebook',
      'Advertisement',
      'googletag',
      'Read more',
      'NATO Allies Weigh',
      'Tags:',
      'mailing list',
      'Subscribe',
      'Comments (3)',
      'Nobody should be surprised',
      'Related stories',
      'EU Readies Sanctions',
      'Most read',
      'Copyright',
      'written by a script',
      'dataLayer',
    ]) {
      expect(shown, furniture).not.toContain(furniture);
    }
  });
});

describe('a WordPress post with Open Graph tags, h3 subheads, a figure and share and related blocks', async () => {
  const slug = 'voa-2018-07-15-china-military-ties-africa';
  const article = await page(slug);

  it('gives the article body, with h3 headings as sections', () => {
    expect(body(article)).toEqual(body(plainArticle(slug)));
    expect(article.sections.map((s) => s.title)).toEqual([
      null,
      'Ideology, economics, politics',
      'Clear goals',
      'Party-to-party',
      '‘Cult of defense’',
      'Equal partner?',
    ]);
  });

  it('takes the title, author, date and site from the meta tags, skipping a profile URL as author', () => {
    expect(article).toMatchObject({
      title: 'Deepening Military Ties Solidify China’s Ambitions in Africa',
      byline: 'Salem Solomon',
      date: '2018-07-15',
      source: 'The Dragon’s Reach',
    });
  });

  it('leaves out the caption, share buttons, related posts, comments and widgets', () => {
    const shown = shownText(article);
    for (const furniture of [
      'Reuters photo',
      'Share this',
      'Twitter',
      'Related',
      'Chinese Loans',
      'Training programmes',
      'Leave a Reply',
      'Recent Posts',
      'Newsletter',
      'WordPress',
      'Zambia',
    ]) {
      expect(shown, furniture).not.toContain(furniture);
    }
  });
});

describe('a page with the byline and dateline in its body and a <time> in its header', async () => {
  const slug = 'voa-2018-03-01-kenya-railway-park-protest';
  const article = await page(slug);
  const plain = plainArticle(slug);

  it('reads the header lines as the plain text does', () => {
    expect(article).toMatchObject({
      title: plain.title,
      byline: 'Rael Ombuor',
      source: 'VOA News',
      dateline: 'Nairobi',
      date: '2018-03-01',
    });
  });

  it('gives the body, and reports the republication note as boilerplate', () => {
    expect(body(article)).toEqual(body(plain));
    expect(article.boilerplate).toEqual(['This story originally appeared on voanews.com. (March 1, 2018)']);
    expect(shownText(article)).not.toMatch(/About VOA News|Martí Noticias|Share on Twitter|RSS/);
  });
});

describe('a MediaWiki page without metadata', async () => {
  const slug = 'wikinews-2019-10-08-trump-syria-withdrawal';
  const article = await page(slug);
  const plain = plainArticle(slug);

  it('takes the title from the page and the date from the first line of the body', () => {
    expect(article).toMatchObject({ title: plain.title, date: '2019-10-08', byline: null });
  });

  it('gives the article paragraphs first, then the wiki’s own related news and sources', () => {
    const paragraphs = plain.sections[0].paragraphs;
    expect(article.sections[0].paragraphs.slice(0, paragraphs.length)).toEqual(paragraphs);
    // Readability empties the "Related news" heading (its id says "related"), so its list joins the section above.
    expect(article.sections[0].paragraphs.slice(paragraphs.length)).toEqual(['• Turkey launches offensive against Kurdish forces in northern Syria']);
    expect(article.sections.slice(1).map((s) => s.title)).toEqual(['Sources']);
    expect(article.sections[1].paragraphs[0]).toBe('• "Syria: US troops to withdraw from border" — BBC News, October 7, 2019');
  });

  it('leaves out the wiki furniture', () => {
    expect(shownText(article)).not.toMatch(/Jump to|free news source|Navigation menu|Personal tools|Categories|last edited|Creative Commons|needs your help/);
  });
});

describe('a legacy page: Windows-1252, upper-case tags and attributes, a table layout and <BR><BR> paragraphs', async () => {
  const slug = 'wikinews-2020-03-14-who-declares-pandemic';
  const article = await page(slug);

  it('gives the body with its dashes and quotes decoded', () => {
    expect(body(article)).toEqual(body(plainArticle(slug)));
  });

  it('takes the date from an upper-case META tag and the title from the TITLE', () => {
    expect(article).toMatchObject({ title: 'World Health Organization declares COVID-19 pandemic', date: '2020-03-14' });
  });

  it('reports the navigation cell and the copyright line as boilerplate', () => {
    expect(article.boilerplate).toEqual([
      'Home World Health Archive Links',
      'Subscribe to our mailing list!',
      'Page last updated 03/14/2020. Copyright © World News Wire. All rights reserved.',
    ]);
  });
});

describe('metadata', () => {
  const doc = (
    head: string,
    body = '<article><p>The council voted on Tuesday to close the old bridge to cars after engineers found cracks in two of its supports, officials said.</p></article>',
  ) => parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);

  it('reads JSON-LD with an @type list, a string author and several authors', () => {
    expect(
      doc(
        '<script type="application/ld+json">{"@context":"https://schema.org","@type":["NewsArticle"],"headline":"Bridge Closed","author":"Jane Roe","datePublished":"2021-05-06T08:00:00Z"}</script>',
      ),
    ).toMatchObject({
      title: 'Bridge Closed',
      byline: 'Jane Roe',
      date: '2021-05-06',
    });
    expect(
      doc(
        '<script type="application/ld+json">[{"@type":"WebPage"},{"@context":"https://schema.org","@type":"ReportageNewsArticle","headline":"Bridge Closed","author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"Li Wei"}]}]</script>',
      ).byline,
    ).toBe('Jane Roe and Li Wei');
  });

  it('survives broken JSON-LD and falls back to the meta tags', () => {
    expect(
      doc(
        '<script type="application/ld+json">{ broken </script><meta property="og:title" content="Bridge Closed"><meta name="author" content="By JANE ROE"><meta name="date" content="May 6, 2021">',
      ),
    ).toMatchObject({
      title: 'Bridge Closed',
      byline: 'JANE ROE',
      date: '2021-05-06',
    });
  });

  it('takes the publication <time>, and a <title> without its site name', () => {
    const article = doc(
      '<title>Bridge Closed | City Wire</title><meta property="og:site_name" content="City Wire">',
      '<article><time datetime="2021-05-06T10:00">May 6</time><p>The council voted on Tuesday to close the old bridge to cars after engineers found cracks in two of its supports, officials said.</p></article>',
    );
    expect(article).toMatchObject({ title: 'Bridge Closed', date: '2021-05-06', source: 'City Wire' });
  });

  it('keeps control characters and escape sequences out of every field', () => {
    const article = doc(
      '<meta property="og:title" content="Bridge&#27;]0;pwned&#7; Closed"><meta name="author" content="Jane &#x202e;Roe">',
      '<p>The council &#27;[31mvoted&#27;[0m on Tuesday to close the old bridge to cars after engineers found cracks in two supports.</p>',
    );
    expect(article).toMatchObject({ title: 'Bridge Closed', byline: 'Jane Roe' });
    expect(article.sections[0].paragraphs[0]).toMatch(/^The council voted on Tuesday/);
  });
});

describe('structure', () => {
  const LONG =
    'The council voted on Tuesday to close the old bridge to cars after engineers found cracks in two of its supports, and officials said repairs would take months.';

  it('makes h2 and h3 headings sections and keeps quotes, lists and paragraphs in order', () => {
    const article = parseHtml(`<html><head><title>Bridge Closed</title></head><body><article>
      <h1>Bridge Closed</h1><p>${LONG}</p>
      <h2>The vote</h2><p>${LONG}</p><blockquote><p>We could not wait for the next inspection, not for one more week.</p></blockquote>
      <h3>What next</h3><ol><li>Inspections, every month from now on.</li><li>A new bridge.</li></ol><p>${LONG}</p>
    </article></body></html>`);
    expect(article.title).toBe('Bridge Closed');
    expect(article.sections).toEqual([
      { title: null, paragraphs: [LONG] },
      { title: 'The vote', paragraphs: [LONG, '“We could not wait for the next inspection, not for one more week.”'] },
      { title: 'What next', paragraphs: ['1. Inspections, every month from now on.', '2. A new bridge.', LONG] },
    ]);
  });

  it('reads a bare fragment with no html, head or body tags', () => {
    expect(parseHtml(`<p>${LONG}</p><p>Second paragraph of the story.</p>`).sections[0].paragraphs).toEqual([LONG, 'Second paragraph of the story.']);
  });

  it('reads a page nested thousands of elements deep without a tree walk that recurses', () => {
    const deep = `<html><body>${'<div>'.repeat(5000)}<p>${LONG}</p>${'</div>'.repeat(5000)}</body></html>`;
    expect(parseHtml(deep).sections).toEqual([{ title: null, paragraphs: [LONG] }]);
  });

  it('gives an empty article, not an error, for a page with no text', () => {
    expect(parseHtml('<html><body><nav></nav></body></html>').sections).toEqual([]);
  });
});

describe('size', () => {
  it('reads a page of 150,000 paragraphs, too big for Readability, by walking its article element', () => {
    const article = parseHtml(
      `<html><head><title>Many</title></head><body><nav><a href="/">Home</a></nav><article>${'<p>A short paragraph.</p>'.repeat(150_000)}</article><footer>© Site</footer></body></html>`,
    );
    expect(article.title).toBe('Many');
    expect(article.sections[0].paragraphs).toHaveLength(150_000);
    expect(article.boilerplate).toEqual([]);
  });
});
