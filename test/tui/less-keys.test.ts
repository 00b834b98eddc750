// Issue 12, feature 5: the keys of less, through the keymap and the reducer.
import { describe, expect, test } from 'vitest';
import { ArticleLayouts } from '../../src/layout/cache.js';
import { lineText } from '../../src/layout/places.js';
import { buildModel } from '../../src/pipeline.js';
import { pageOf, viewOf } from '../../src/tui/selectors.js';
import { initialState, type ReaderState } from '../../src/tui/state.js';
import { SEED_ARTICLE } from '../helpers/articles.js';
import { goldModel } from '../layout/gold-model.js';
import { pressKeys } from './press-keys.js';

const seed = new ArticleLayouts(goldModel(SEED_ARTICLE, 'voa-2022-02-04-white-house-putin-xi'));

function setup(layouts = seed, columns = 80, rows = 24) {
  const keys = pressKeys(layouts);
  const state = initialState({ size: { columns, rows } });
  const view = (s: ReaderState) => viewOf({ layouts }, s);
  return { keys, state, view, page: pageOf(state) };
}
const typed = (text: string) => [...text].map((ch) => (ch === ' ' ? 'space' : ch));

describe('the keys of less', () => {
  for (const [columns, rows] of [
    [120, 40],
    [80, 24],
  ] as const) {
    test(`d u f e y Ctrl-E Ctrl-Y and Enter move as in less (${columns}x${rows})`, () => {
      const { keys, state, page } = setup(seed, columns, rows);
      const half = Math.floor(page / 2);
      expect(keys(state, 'd').scroll).toBe(half);
      expect(keys(state, 'd', 'u').scroll).toBe(0);
      expect(keys(state, 'f').scroll).toBe(page);
      expect(keys(state, 'e', 'C-e', 'enter').scroll).toBe(3);
      expect(keys(state, 'e', 'e', 'y').scroll).toBe(1);
      expect(keys(state, 'e', 'e', 'C-y').scroll).toBe(1);
    });
  }

  test('numbers before a key: 50g, 30%, 30p, 5j, and the count is shown until the key', () => {
    const { keys, state, view } = setup();
    expect(keys(state, '5', '0', 'g').scroll).toBe(49);
    expect(keys(state, '5', '0', 'G').scroll).toBe(49);
    const lines = view(state).lineCount;
    expect(keys(state, '3', '0', '%').scroll).toBe(Math.floor(0.3 * lines));
    expect(keys(state, '3', '0', 'p').scroll).toBe(Math.floor(0.3 * lines));
    // 5 alone goes to section 5 (there is none); 5j moves five lines from where the reader was.
    expect(keys(state, '5', 'j').scroll).toBe(5);
    expect(keys(state, '4', '2').count?.digits).toBe('42');
    expect(keys(state, '4', '2', 'escape').count).toBeNull();
    // A digit alone still jumps to its section.
    expect(keys(state, '3').scroll).toBeGreaterThan(0);
  });

  test('12] reaches section 12, and 3n steps three matches', () => {
    const text = ['# Twelve', ...Array.from({ length: 12 }, (_, i) => `## Part ${i + 1}\n\nParagraph ${i + 1} says alpha.`)].join('\n\n');
    const layouts = new ArticleLayouts(buildModel(text, 'markdown'));
    const { keys, state, view } = setup(layouts);
    const at12 = keys(state, '1', '2', ']');
    expect(lineText(layouts.article, view(at12), at12.scroll)).toBe('Part 12');
    const searched = keys(state, '/', ...typed('alpha'), 'enter');
    expect(searched.match).toBe(0);
    expect(keys(searched, '3', 'n').match).toBe(3);
  });

  test('= tells the section, the lines shown, the percent and the words read', () => {
    const { keys, state } = setup();
    expect(keys(state, '=').notice).toMatch(/^§1\/4 Introduction · lines 1–\d+ of \d+ · \d+% · [\d,]+ of [\d,]+ words$/);
    expect(keys(state, 'C-g').notice).toBe(keys(state, '=').notice);
    const end = keys(state, 'G', '=').notice!;
    const [read, total] = end.match(/([\d,]+) of ([\d,]+) words/)!.slice(1);
    expect(read).toBe(total);
  });

  test("m sets a mark and ' goes back to it; '' goes back to before the last jump", () => {
    const { keys, state } = setup();
    const marked = keys(state, '1', '0', 'j', 'm', 'a', 'G');
    expect(marked.scroll).toBeGreaterThan(10);
    expect(keys(marked, "'", 'a').scroll).toBe(10);
    expect(keys(marked, "'", "'").scroll).toBe(10);
    expect(keys(state, 'G', "'", "'").scroll).toBe(0);
    expect(keys(state, "'", 'z').notice).toBe('no mark z');
  });

  test('& shows only the paragraphs that match, & with nothing shows them all again', () => {
    const { keys, state, view } = setup();
    const only = keys(state, '&', ...typed('Stoltenberg'), 'enter');
    expect(only.grep).toBe('Stoltenberg');
    const v = view(only);
    const shown = Array.from({ length: v.lineCount }, (_, l) => v.unitOf(l));
    const paragraphs = new Set(shown.filter((u) => u >= 0 && seed.article.units[u].kind === 'paragraph'));
    expect(paragraphs.size).toBeGreaterThan(0);
    for (const u of paragraphs) expect(seed.article.units[u].text).toContain('Stoltenberg');
    expect(v.lineCount).toBeLessThan(view(state).lineCount);
    expect(keys(only, '&', 'enter').grep).toBeNull();
  });

  test('? searches backward: the first match above, and n goes further up', () => {
    const { keys, state } = setup();
    const bottom = keys(state, 'G');
    const back = keys(bottom, '?', ...typed('Belarus'), 'enter');
    expect(back.match).toBeGreaterThan(0);
    expect(keys(back, 'n').match).toBe(back.match - 1);
    expect(keys(back, 'n', 'N').match).toBe(back.match);
  });

  test('h and F1 show the help; an unknown key gives a hint; Ctrl-L redraws', () => {
    const { keys, state } = setup();
    expect(keys(state, 'h').help).toBe(true);
    expect(keys(state, 'f1').help).toBe(true);
    const hinted = keys(state, 'x');
    expect([hinted.notice, hinted.hint]).toEqual(['x: not a key here · h for help', true]);
    expect(keys(state, 'C-l').redraw).toBe(1);
  });
});
