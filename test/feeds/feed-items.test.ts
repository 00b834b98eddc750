// RSS 2.0 and Atom read with fast-xml-parser: items' titles, links, dates,
// outlet and content; hostile feeds neither crash, hang nor expand entities,
// and only http(s) links are kept (a feed may not point quoted at a file).
import { describe, expect, test } from 'vitest';
import { feedKind, parseFeed } from '../../src/feeds/feed-items.js';
import { itemDocument } from '../../src/feeds/load-item.js';

describe('reading feeds', () => {
  test('RSS 2.0: title, link, date, outlet, content:encoded before description', () => {
    const feed =
      parseFeed(`<?xml version="1.0"?><!-- c --><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire &amp; Co</title>
      <item><title>One &#8220;two&#8221;</title><link> https://example.com/a </link><pubDate>Tue, 3 Jun 2008 09:39:21 GMT</pubDate><description>short</description><content:encoded><![CDATA[<p>full</p>]]></content:encoded></item>
      <item><title>2024</title><link>file:///etc/passwd</link><description>only this</description></item></channel></rss>`);
    expect(feed).toEqual({
      kind: 'rss',
      title: 'Wire & Co',
      items: [
        { title: 'One “two”', link: 'https://example.com/a', date: '2008-06-03', outlet: 'Wire & Co', content: '<p>full</p>' },
        { title: '2024', link: null, date: null, outlet: 'Wire & Co', content: 'only this' },
      ],
    });
  });

  test('Atom: the alternate link, published before updated, content before summary', () => {
    const feed = parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Desk</title>
      <entry><title>A</title><link rel="self" href="https://x/self"/><link rel="alternate" href="https://x/a"/><updated>2020-01-02T00:00:00Z</updated><published>2019-12-31T23:00:00-05:00</published><summary>s</summary><content type="html">&lt;p&gt;c&lt;/p&gt;</content></entry></feed>`);
    expect(feed?.items).toEqual([{ title: 'A', link: 'https://x/a', date: '2019-12-31', outlet: 'Desk', content: '<p>c</p>' }]);
  });

  test('what is not a feed is not read as one; an entity bomb stays unexpanded', () => {
    expect(feedKind('<html><body>rss</body></html>')).toBeNull();
    expect(feedKind('<feed><entry/></feed>')).toBeNull();
    // Read leniently, as browsers read feeds: what is there, without a crash.
    expect(parseFeed('<rss><channel><item><title>unclosed')?.items.length ?? 0).toBeLessThanOrEqual(1);
    const lol = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss version="2.0"><channel><title>&c;</title><item><title>t</title></item></channel></rss>`;
    const start = performance.now();
    const feed = parseFeed(lol);
    expect(performance.now() - start).toBeLessThan(1000);
    expect((feed?.title ?? '').length).toBeLessThan(20);
  });

  test('escape sequences in a feed are removed, whatever the field', () => {
    const feed = parseFeed(
      '<rss version="2.0"><channel><title>Evil&#27;]0;pwned&#7;Wire</title><item><title>A&#x1b;[2JB</title><description>c</description></item></channel></rss>',
    );
    expect(feed?.title).toBe('EvilWire');
    expect(feed?.items[0].title).toBe('AB');
  });

  test("an item's own copy becomes a page: its title a heading, bare text in paragraphs, markup escaped", () => {
    const page = itemDocument({ title: 'A <b>', link: null, date: null, outlet: null, content: 'one\n\ntwo & 3 < 4' });
    expect(page).toContain('<h1>A &lt;b&gt;</h1>');
    expect(page).toContain('<p>one</p>\n<p>two &amp; 3 &lt; 4</p>');
  });
});
