// The people index in the library (issue 13, item 3), in process: on an RSS
// and an Atom feed served from 127.0.0.1 (items indexed as they are fetched),
// P lists the people with their types, t keeps people only, s sorts, /
// searches, Enter lists a person's quotes under their articles, Enter on a
// quote opens its article filtered to them at it, and q comes back.
import { cleanup, render } from 'ink-testing-library';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { parseFeed } from '../../src/feeds/feed-items.js';
import { feedSources } from '../../src/feeds/feed-sources.js';
import { loadInput } from '../../src/input/load.js';
import { LibraryApp } from '../../src/tui/library/library-app.js';
import { libraryOfSources } from '../../src/tui/people-index/library-sources.js';
import { createTheme } from '../../src/tui/theme.js';
import { FALLBACK_SPEAKER, startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { KEY, plain, resize, type, until } from './render.js';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
afterEach(() => cleanup());

async function openFeedLibrary(path: string) {
  const input = await loadInput(`${server.base}${path}`, { maxBytes: 1 << 20, allowPrivate: true });
  const feed = parseFeed(input.text)!;
  const { entries, index } = libraryOfSources(feedSources(feed, true), null);
  const cache = { dir: mkdtempSync(join(tmpdir(), 'quoted-tui-cache-')), engine: 'test' };
  const r = render(<LibraryApp entries={entries} where={feed.title ?? path} theme={createTheme(false)} index={{ ...index, cache }} />);
  await resize(r, 140, 30);
  return r;
}

const screen = (r: ReturnType<typeof render>) => plain(r.lastFrame());
const selected = (r: ReturnType<typeof render>) =>
  screen(r)
    .split('\n')
    .find((l) => l.includes('›')) ?? '';

describe('the people index of a feed', () => {
  test('RSS: items listed with title, date and outlet; P, a person, a quote read from the feed, and back', async () => {
    const r = await openFeedLibrary('/feed.rss');
    await until(() => /Bridge reopens & traffic returns\s+Test Wire\s+2025-01-06/.test(screen(r)), 'the items with their outlet and date');
    await until(() => !/indexing/.test(screen(r)), 'the index built');
    await type(r, 'P');
    await until(() => screen(r).includes('People in Test Wire'), 'the people index');
    expect(screen(r)).toMatch(/Jens Stoltenberg\s+person\s+1\s+2\s+5\s+2022-02-04\s+NATO Secretary-General/);
    expect(screen(r)).toMatch(/Russia\s+place/);
    await type(r, 't');
    await until(() => !/Russia\s+place/.test(screen(r)), 'people only');
    await type(r, '/');
    await type(r, 'okafor');
    await type(r, KEY.enter);
    await until(() => selected(r).includes(FALLBACK_SPEAKER), 'the search');
    await type(r, KEY.enter);
    await until(() => screen(r).includes(`${FALLBACK_SPEAKER} (person)`), 'their quotes');
    expect(screen(r)).toContain('Bridge reopens & traffic returns · Test Wire · 2025-01-06');
    await type(r, KEY.enter);
    // Filtered to them (● in the speakers), the status bar saying where the text came from.
    await until(() => /●Ada Okafor/.test(screen(r)), 'the article, filtered');
    expect(screen(r)).toMatch(/read from the feed \(the page could not be fetched: \S+\/missing: HTTP 404/);
    await type(r, 'q');
    await until(() => screen(r).includes(`${FALLBACK_SPEAKER} (person)`), 'back at their quotes');
    await type(r, 'q');
    await until(() => selected(r).includes(FALLBACK_SPEAKER), 'back at the person');
    await type(r, KEY.escape);
    await until(() => /Jens Stoltenberg/.test(screen(r)), 'the search cleared');
    await type(r, 'q');
    await until(() => screen(r).includes('articles in Test Wire'), 'back in the library');
  });

  test('Atom: s sorts by articles, name and latest date; the help lists the keys', async () => {
    const r = await openFeedLibrary('/feed.atom');
    await until(() => !/indexing/.test(screen(r)) && /US Africa strategy|New Africa Strategy/.test(screen(r)), 'the index built');
    await type(r, 'P');
    await until(() => screen(r).includes('by quotes'), 'the people index');
    const firstRow = () =>
      screen(r)
        .split('\n')
        .find((l) => l.startsWith('›')) ?? '';
    expect(firstRow()).toContain('John Bolton');
    await type(r, 's');
    await until(() => screen(r).includes('by articles'), 'by articles');
    await type(r, 's');
    await until(() => screen(r).includes('by name'), 'by name');
    expect(firstRow()).toMatch(/› +\S/);
    await type(r, 's');
    await until(() => screen(r).includes('by latest date'), 'by latest date');
    expect(firstRow()).toContain('2022-02-04');
    await type(r, 'h');
    await until(() => screen(r).includes('sort by quotes, articles, name, latest date'), 'the help');
  });
});
