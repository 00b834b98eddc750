// A local server for feed tests: an RSS 2.0 and an Atom feed of bundled
// articles on 127.0.0.1, and an item whose page is missing, so that its
// copy in the feed is read instead.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ARTICLES_DIR } from './articles.js';

export const SEED_SLUG = 'voa-2022-02-04-white-house-putin-xi';
export const SECOND_SLUG = 'voa-2018-12-14-us-africa-strategy-bolton';
/** The quote only the feed's copy of the missing item holds. */
export const FALLBACK_SPEAKER = 'Ada Okafor';

const page = (slug: string) => readFileSync(join(ARTICLES_DIR, `${slug}.txt`));

function rss(base: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Test Wire</title><link>${base}/</link><description>d</description>
<item><title>White House Dismissive of Putin - Xi Meeting</title><link>${base}/page/${SEED_SLUG}</link><pubDate>Fri, 04 Feb 2022 10:00:00 GMT</pubDate><description>Short.</description></item>
<item><title>Bridge reopens &amp; traffic returns</title><link>${base}/missing</link><pubDate>Mon, 06 Jan 2025 08:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>The bridge over the river reopened on Monday after two years of repairs, and the first cars crossed at dawn.</p><p>"We are proud of the crews who worked through two winters," said ${FALLBACK_SPEAKER}, the city's transport commissioner.</p>]]></content:encoded></item>
</channel></rss>`;
}

function atom(base: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:x</id><updated>2022-02-04T00:00:00Z</updated>
<entry><title>US Africa strategy</title><id>urn:1</id><link rel="alternate" href="${base}/page/${SECOND_SLUG}"/><published>2018-12-14T09:00:00Z</published><summary>s</summary></entry>
<entry><title type="text">White House Dismissive of Putin - Xi Meeting</title><id>urn:2</id><link href="${base}/page/${SEED_SLUG}"/><updated>2022-02-04T12:00:00Z</updated></entry>
</feed>`;
}

export interface FeedServer {
  base: string;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  let base = '';
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/feed.rss') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(base));
    if (url === '/feed.atom') return void res.writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8' }).end(atom(base));
    const slug = /^\/page\/([\w-]+)$/.exec(url)?.[1];
    if (slug) return void res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(page(slug));
    res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not Found</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
