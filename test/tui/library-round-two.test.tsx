// Issue 12, defects 7 and 8: the library numbers the rows its digits open,
// has help and search, and gives its titles the room first.
import { cleanup, render } from 'ink-testing-library';
import { afterEach, describe, expect, test } from 'vitest';
import { parseArticle } from '../../src/article/parse.js';
import { listCatalog } from '../../src/tui/library/catalog.js';
import { LibraryApp } from '../../src/tui/library/library-app.js';
import { LIBRARY_BINDINGS } from '../../src/tui/library/library-keymap.js';
import { initialLibrary, libraryReducer, type LibraryState } from '../../src/tui/library/library-state.js';
import { createTheme } from '../../src/tui/theme.js';
import { ARTICLES_DIR, listArticles } from '../helpers/articles.js';
import { KEY, plain, resize, type, until } from './render.js';

afterEach(() => cleanup());

const titles = listArticles().map((a) => parseArticle(a.text).title ?? a.slug);

async function renderLibrary(columns: number, rows: number) {
  const r = render(<LibraryApp entries={listCatalog(ARTICLES_DIR)} where="articles/" theme={createTheme(false)} />);
  await resize(r, columns, rows);
  await until(() => !/…\s*\n/.test(plain(r.lastFrame())), 'every summary');
  return r;
}
const screen = (r: Awaited<ReturnType<typeof renderLibrary>>) => plain(r.lastFrame());
const inReader = (r: Awaited<ReturnType<typeof renderLibrary>>) => /§\d/.test(screen(r));

describe('the library, round two', () => {
  test('after G, the rows on screen are numbered from 1, and 1 opens the row numbered 1', async () => {
    const r = await renderLibrary(120, 10);
    await type(r, 'G');
    await until(() => !/…\s*\n/.test(screen(r)), 'the summaries on screen');
    const row1 = screen(r)
      .split('\n')
      .find((line) => /^ ?.?1 /.test(line) && !line.includes('quoted —'));
    expect(row1, screen(r)).toBeDefined();
    const title = titles.find((t) => row1!.includes(t.slice(0, 25)));
    expect(title, row1).toBeDefined();
    await type(r, '1');
    await until(() => inReader(r), 'the reader');
    expect(screen(r)).toContain(title!.slice(0, 25));
  });

  test('h and ? show the help, drawn from the library keymap; any key closes it', async () => {
    const r = await renderLibrary(120, 30);
    for (const key of ['h', '?']) {
      await type(r, key);
      for (const b of LIBRARY_BINDINGS) expect(screen(r)).toContain(b.help);
      await type(r, 'x');
      expect(screen(r)).toContain('articles in articles/');
    }
  });

  test('/ searches titles: Enter selects the first match, n the next', async () => {
    const r = await renderLibrary(120, 30);
    await type(r, '/');
    for (const ch of 'china') await type(r, ch);
    await type(r, KEY.enter);
    const selected = () =>
      screen(r)
        .split('\n')
        .find((l) => l.includes('›')) ?? '';
    expect(selected()).toMatch(/China/);
    const first = selected();
    await type(r, 'n');
    expect(selected()).toMatch(/China/);
    expect(selected()).not.toBe(first);
  });

  test('at 40 columns the titles keep the room, the counts give way', async () => {
    const r = await renderLibrary(40, 24);
    const rows = screen(r)
      .split('\n')
      .filter((l) => /^ ?.?\d /.test(l));
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(row).not.toContain('people quoted');
    // Each row shows at least 20 characters of its title.
    const shown = rows.filter((row) => titles.some((t) => row.includes(t.slice(0, 20))));
    expect(shown.length).toBe(rows.length);
  });

  test('an unknown key says so; the reducer keeps the rest of the state', () => {
    const press = (s: LibraryState, key: string) => libraryReducer(s, { type: 'key', press: { key, input: key }, height: 5, titles: ['a', 'b'] });
    const s = press(initialLibrary(2), 'x');
    expect(s.notice).toBe('x: not a key here · h for help');
    expect(press(s, 'j').notice).toBeNull();
  });
});
