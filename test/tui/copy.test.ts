// Issue 12, feature 2: c and C copy quotes with their attribution, and
// --quotes --format prints them the same way.
import { describe, expect, test } from 'vitest';
import { ArticleLayouts } from '../../src/layout/cache.js';
import { attributed, attributionLine, formatQuotes } from '../../src/output/attribution.js';
import { selectQuotes } from '../../src/output/quotes.js';
import { osc52 } from '../../src/tui/copy.js';
import { createReducer, initialState, type ReaderState } from '../../src/tui/state.js';
import { parseArgs } from '../../src/cli/args.js';
import { SEED_ARTICLE } from '../helpers/articles.js';
import { goldModel } from '../layout/gold-model.js';
import { pressKeys } from './press-keys.js';

const model = goldModel(SEED_ARTICLE, 'voa-2022-02-04-white-house-putin-xi');
const layouts = new ArticleLayouts(model);
const reduce = createReducer({ layouts });
const keys = pressKeys(layouts);
const ATTRIBUTION = '— Jens Stoltenberg, NATO Secretary-General (White House Dismissive of Putin - Xi Meeting, 2022-02-04)';

describe('copying quotes', () => {
  test('c copies the current quote as “text” — Speaker, Role (Title, date), and says so', () => {
    const filtered = reduce(initialState({ size: { columns: 120, rows: 40 } }), { type: 'filter', speaker: 'Jens Stoltenberg' });
    expect(keys(filtered, 'c').copied).toBeNull();
    expect(keys(filtered, 'c').notice).toMatch(/no current quote/);
    const copied = keys(filtered, 'n', 'c');
    const span = layouts.quotesOf('Jens Stoltenberg').spans[0];
    const words = layouts.article.units[span.unit].text.slice(span.start, span.end).replace(/[,;]$/, '');
    expect(copied.copied?.text).toBe(`“${words}” ${ATTRIBUTION}`);
    expect(copied.notice).toMatch(/^copied “.+” — Jens Stoltenberg$/);
  });

  test('C copies every quote shown: the filter’s, one a line', () => {
    const filtered = reduce(initialState({ size: { columns: 120, rows: 40 } }), { type: 'filter', speaker: 'Jens Stoltenberg' });
    const all = keys(filtered, 'C');
    const count = layouts.quotesOf('Jens Stoltenberg').spans.length;
    expect(all.copied?.text.split('\n')).toHaveLength(count);
    for (const line of all.copied!.text.split('\n')) expect(line.endsWith(ATTRIBUTION)).toBe(true);
    expect(all.notice).toBe(`copied ${count} quotes with their attribution`);
    // Without a filter: the article's own quoted words.
    expect(keys(initialState({ size: { columns: 120, rows: 40 } }), 'C').copied?.text.split('\n')).toHaveLength(selectQuotes(model, '').length);
  });

  test('OSC 52 carries the text in base64', () => {
    expect(osc52('“a” — B')).toBe(`\u001b]52;c;${Buffer.from('“a” — B').toString('base64')}\u0007`);
  });
});

describe('--quotes --format', () => {
  const quotes = selectQuotes(model, 'Stoltenberg');
  test('text: one attribution line a quote', () => {
    const lines = formatQuotes(model, quotes, 'text').trimEnd().split('\n');
    expect(lines).toEqual(quotes.map((q) => attributionLine(attributed(model, q))));
    expect(lines[0].endsWith(ATTRIBUTION)).toBe(true);
  });
  test('md: a block quote with the attribution under it', () => {
    expect(formatQuotes(model, quotes.slice(0, 1), 'md')).toBe(
      `> ${attributed(model, quotes[0]).text}\n>\n> — Jens Stoltenberg, NATO Secretary-General (*White House Dismissive of Putin - Xi Meeting*, 2022-02-04)\n\n`,
    );
  });
  test('csv and jsonl carry the same fields', () => {
    const csv = formatQuotes(model, quotes, 'csv').trimEnd().split('\n');
    expect(csv[0]).toBe('text,speaker,role,kind,section,title,outlet,date');
    expect(csv).toHaveLength(quotes.length + 1);
    const jsonl = formatQuotes(model, quotes, 'jsonl')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(jsonl[0]).toEqual(attributed(model, quotes[0]));
    expect(jsonl[0]).toMatchObject({ speaker: 'Jens Stoltenberg', role: 'NATO Secretary-General', date: '2022-02-04' });
  });
  test('the flag takes one of the four formats, and only with --quotes', () => {
    expect(parseArgs(['--quotes', '--format', 'csv', 'a.txt']).format).toBe('csv');
    expect(parseArgs(['--quotes=X', '--format=jsonl', 'a.txt']).format).toBe('jsonl');
    expect(() => parseArgs(['--quotes', '--format', 'xml', 'a.txt'])).toThrow(/--format must be text, md, csv, jsonl/);
    expect(() => parseArgs(['--format', 'md', 'a.txt'])).toThrow(/--format goes with --quotes/);
  });
});
