import { cleanup, render } from 'ink-testing-library';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { formatCatalog, listCatalog, loadEntry } from '../../src/tui/library/catalog.js';
import { LibraryApp } from '../../src/tui/library/library-app.js';
import { createTheme } from '../../src/tui/theme.js';
import { ARTICLES_DIR, listArticles } from '../helpers/articles.js';
import { KEY, plain, resize, type, until } from './render.js';

afterEach(() => cleanup());

const articles = listArticles();
const titles = articles.map((a) => parseArticle(a.text).title ?? a.slug);

async function renderLibrary({ summaries = false } = {}) {
  const r = render(<LibraryApp entries={listCatalog(ARTICLES_DIR)} where="articles/" theme={createTheme(false)} />);
  await resize(r, 140, 40);
  // Summaries load one article per turn, while keys are already taken.
  if (summaries) await until(() => !plain(r.lastFrame()).includes('…\n'), 'every summary');
  return r;
}

describe('the library', () => {
  test('lists every article in articles/ with its title, date and people quoted', async () => {
    const r = await renderLibrary({ summaries: true });
    const screen = plain(r.lastFrame());
    expect(screen).toContain(`${articles.length} articles in articles/`);
    for (const [i, a] of articles.entries()) {
      const { date } = parseArticle(a.text);
      const row = screen.split('\n').find((line) => line.includes(titles[i].slice(0, 40)));
      expect(row, titles[i]).toBeDefined();
      expect(row).toContain(date ?? 'no date');
      expect(row).toMatch(/\d+ (person|people) quoted/);
    }
    // Dates and counts stand in columns, whatever the length of the count.
    const rows = screen.split('\n').filter((line) => / quoted\s*$/.test(line));
    expect(rows).toHaveLength(articles.length);
    expect(new Set(rows.map((line) => line.lastIndexOf(' · ')))).toHaveProperty('size', 1);
  });

  const selectedRow = (r: Awaited<ReturnType<typeof renderLibrary>>) =>
    plain(r.lastFrame())
      .split('\n')
      .find((line) => line.includes('›')) ?? '';
  // Until its summary is in, an article is listed by its file name.
  const isSelected = (r: Awaited<ReturnType<typeof renderLibrary>>, i: number) =>
    selectedRow(r).includes(titles[i].slice(0, 30)) || selectedRow(r).includes(articles[i].slug);
  const inReader = (r: Awaited<ReturnType<typeof renderLibrary>>) => plain(r.lastFrame()).includes('h help');
  const inList = (r: Awaited<ReturnType<typeof renderLibrary>>) => plain(r.lastFrame()).includes('articles in articles/');

  test('↓ and j move the selection, Enter opens the article, q goes back to it in the list', async () => {
    const r = await renderLibrary();
    await type(r, KEY.down);
    expect(isSelected(r, 1)).toBe(true);
    await type(r, 'j');
    expect(isSelected(r, 2)).toBe(true);
    await type(r, KEY.up);
    await type(r, KEY.enter);
    await until(() => inReader(r), 'the reader');
    expect(plain(r.lastFrame())).toContain(titles[1].slice(0, 20));
    await type(r, 'q');
    await until(() => inList(r), 'the list again');
    expect(isSelected(r, 1)).toBe(true);
    await type(r, 'G');
    expect(isSelected(r, titles.length - 1)).toBe(true);
  });

  test('keys typed ahead in one read are applied in order', async () => {
    const r = await renderLibrary();
    await type(r, 'jjj\r');
    await until(() => inReader(r), 'the reader');
    expect(plain(r.lastFrame())).toContain(titles[3].slice(0, 20));
  });

  test('a digit opens that article; Esc in it goes back too', async () => {
    const r = await renderLibrary();
    await type(r, '3');
    await until(() => inReader(r), 'the reader');
    expect(plain(r.lastFrame())).toContain(titles[2].slice(0, 20));
    await type(r, KEY.escape);
    await until(() => inList(r), 'the list again');
  });

  test('plain output lists one article a line, tab-separated', async () => {
    const entries = await Promise.all(listCatalog(ARTICLES_DIR).map(loadEntry));
    const lines = formatCatalog(entries).trimEnd().split('\n');
    expect(lines).toHaveLength(articles.length);
    expect(lines[0].split('\t')).toEqual([
      `${articles[0].slug}.txt`,
      parseArticle(readFileSync(articles[0].path, 'utf8')).date,
      expect.stringMatching(/^\d+$/),
      titles[0],
    ]);
  });

  test('a folder that cannot be read is a one-line error', () => {
    expect(() => listCatalog('/nonexistent/folder')).toThrow(/cannot open the library at \/nonexistent\/folder \(ENOENT\)/);
  });
});
