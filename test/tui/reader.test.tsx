import { afterEach, describe, expect, test, vi } from 'vitest';
import { cleanup } from 'ink-testing-library';
import stringWidth from 'string-width';
import { readFileSync } from 'node:fs';
import { BINDINGS } from '../../src/tui/keymap.js';
import { SEED_ARTICLE } from '../helpers/articles.js';
import { goldModel } from '../layout/gold-model.js';
import { KEY, readerColumn, renderReader, resize, seedModel } from './render.js';
import { panelPeople } from '../../src/tui/people-order.js';

afterEach(() => cleanup());

const SLUG = 'voa-2022-02-04-white-house-putin-xi';
const firstTextRow = (screen: string) => readerColumn(screen).find((row, i) => i > 0 && row.length > 0) ?? '';

describe('the seed article', () => {
  test('the TOC lists its 4 sections, numbered', async () => {
    const r = await renderReader();
    const screen = r.screen();
    expect(screen).toContain('1 Introduction');
    expect(screen).toContain('2 Escalating conflict');
    expect(screen).toMatch(/3 NATO welcomes more/);
    expect(screen).toMatch(/4 EU plans united/);
    expect(screen).not.toMatch(/\b5 \w/);
  });

  test('3 brings "NATO welcomes more US troops" to the top', async () => {
    const r = await renderReader();
    const screen = await r.press('3');
    expect(firstTextRow(screen)).toBe('NATO welcomes more US troops');
    expect(screen).toContain('§3/4 NATO welcomes more US troops');
  });

  test('] twice from the top lands on section 3', async () => {
    const r = await renderReader();
    const screen = await r.press(']', ']');
    expect(firstTextRow(screen)).toBe('NATO welcomes more US troops');
    expect(screen).toContain('§3/4');
    // The TOC marks it as the current section.
    expect(screen).toMatch(/▸3 NATO/);
  });

  test('keys typed ahead arrive in one read and each one counts', async () => {
    const r = await renderReader();
    expect(firstTextRow(await r.press(']]'))).toBe('NATO welcomes more US troops');
    expect(await r.press('/Belarus\rn')).toContain('match 2/');
    expect(await r.press('\u001b')).not.toContain('match');
  });

  test('searching "Belarus" reports match 1/k, k every occurrence in the text', async () => {
    const k = readFileSync(SEED_ARTICLE, 'utf8').match(/belarus/gi)!.length;
    const r = await renderReader();
    await r.press('/', 'Belarus');
    expect(r.screen()).toContain('/Belarus');
    const screen = await r.press(KEY.enter);
    expect(screen).toContain(`match 1/${k}`);
    expect(await r.press('n')).toContain(`match 2/${k}`);
    expect(await r.press('N', 'N')).toContain(`match ${k}/${k}`);
    expect(await r.press(KEY.escape)).not.toContain('match');
  });

  test('the help overlay lists every key, and any key closes it', async () => {
    const r = await renderReader(seedModel(), { columns: 120, rows: 40 });
    const screen = await r.press('h');
    for (const binding of BINDINGS) {
      expect(screen, binding.label).toContain(binding.label);
      // A long help text wraps in its column: its first words stand after the keys.
      expect(screen, binding.help).toContain(binding.help.split(' ').slice(0, 3).join(' '));
    }
    const closed = await r.press('x');
    expect(closed).toContain('1 Introduction');
    expect(closed).not.toContain(BINDINGS[0].help);
  });

  test('a 50x12 terminal shows the reader alone', async () => {
    const r = await renderReader(seedModel(), { columns: 50, rows: 12 });
    const rows = r.screen().split('\n');
    expect(rows.length).toBeLessThanOrEqual(11);
    expect(r.screen()).not.toContain('2 Escalating conflict');
    expect(r.screen()).not.toContain('Speakers (');
    expect(r.screen()).not.toMatch(/[│║╭╔]/);
    expect(rows[0]).toContain('White House Dismissive');
    for (const row of rows) expect(stringWidth(row)).toBeLessThanOrEqual(50);
  });
});

describe('the speaker filter', () => {
  async function filterTo(r: Awaited<ReturnType<typeof renderReader>>, name: string) {
    // The panel lists people first, then the other kinds of speaker.
    const index = panelPeople(r.layouts.model.people).findIndex((p) => p.name === name);
    expect(index, `${name} is among the people`).toBeGreaterThanOrEqual(0);
    await r.press(KEY.tab);
    for (let i = 0; i < index; i++) await r.press(KEY.down);
    return r.press(KEY.enter);
  }

  for (const [label, model] of [
    ['gold quotes', () => goldModel(SEED_ARTICLE, SLUG)],
    ['the quote engine', seedModel],
  ] as const) {
    test(`filtering to Jens Stoltenberg shows his paragraphs and none of Psaki's, and Esc restores the full text (${label})`, async () => {
      const r = await renderReader(model(), { columns: 120, rows: 100 });
      const full = r.screen();
      expect(full).toContain('Psaki');
      const screen = await filterTo(r, 'Jens Stoltenberg');
      expect(screen).toMatch(/filter: Jens Stoltenberg \(\d+ quotes?, \d+ reported\)/);
      const text = readerColumn(screen).join('\n');
      expect(text).toContain('NATO welcomes more US troops');
      expect(text).toContain('This is the biggest Russian deployment there');
      expect(text).not.toContain('Psaki');
      expect(text).not.toContain('Escalating conflict');
      const restored = await r.press(KEY.escape);
      expect(readerColumn(restored).join('\n')).toContain('Psaki');
      expect(restored).not.toContain('filter:');
      // The same text in the same place (only the focus border differs).
      expect(readerColumn(restored).slice(1, -2)).toEqual(readerColumn(full).slice(1, -2));
    });
  }

  test('a search kept through a filter says when the filtered text has no match', async () => {
    const r = await renderReader(goldModel(SEED_ARTICLE, SLUG), { columns: 120, rows: 60 });
    expect(await r.press('/Belarus\r')).toContain('match 1/');
    const screen = await filterTo(r, 'Jen Psaki');
    expect(screen).toContain('filter: Jen Psaki');
    expect(screen).toContain('no match in this view');
    expect(screen).not.toContain('match 0/0');
  });

  test('the quoted words are highlighted, and n/N go quote to quote', async () => {
    const r = await renderReader(goldModel(SEED_ARTICLE, SLUG), { columns: 120, rows: 60 });
    await filterTo(r, 'Jens Stoltenberg');
    // Bold underline marks his words when colour is off.
    const codes = (r.lastFrame() ?? '').match(/((?:\u001b\[[0-9;]*m)+)This is the biggest Russian deployment/)?.[1] ?? '';
    expect(codes).toContain('\u001b[1m');
    expect(codes).toContain('\u001b[4m');
    const k = r.layouts.quotesOf('Jens Stoltenberg').spans.length;
    expect(await r.press('n')).toContain(`said 1/${k}`);
    expect(await r.press('N')).toContain(`said ${k}/${k}`);
  });
});

describe('panes and focus', () => {
  test('Tab and Shift-Tab move the focus, shown by the double border', async () => {
    const r = await renderReader();
    const focusedTitle = (screen: string) => screen.split('\n')[1].split('║').length;
    expect(r.screen().split('\n')[0]).toMatch(/^╭─+╮╔═+╗╭─+╮$/);
    await r.press(KEY.tab);
    expect(r.screen().split('\n')[0]).toMatch(/^╭─+╮╭─+╮╔═+╗$/);
    await r.press(KEY.shiftTab, KEY.shiftTab);
    expect(r.screen().split('\n')[0]).toMatch(/^╔═+╗╭─+╮╭─+╮$/);
    expect(focusedTitle(r.screen())).toBe(3);
  });

  test('t and p hide the side panes, and the reader takes the room', async () => {
    const r = await renderReader();
    await r.press('t', 'p');
    const screen = r.screen();
    expect(screen).not.toContain('Speakers (');
    expect(screen).not.toContain('1 Introduction');
    expect(screen.split('\n')[0]).toMatch(/^╔═+╗$/);
  });

  test('under 100 columns the side panes fold away, and t shows the contents over the text', async () => {
    const r = await renderReader(seedModel(), { columns: 80, rows: 24 });
    expect(r.screen()).not.toContain('1 Introduction');
    const screen = await r.press('t');
    expect(screen).toContain('1 Introduction');
    await r.press(KEY.down, KEY.down, KEY.enter);
    expect(r.screen()).not.toContain('1 Introduction');
    expect(firstTextRow(r.screen())).toBe('NATO welcomes more US troops');
  });

  test('a resize lays the screen out again, keeping the place', async () => {
    const r = await renderReader();
    await r.press('3', 'j', 'j');
    const before = firstTextRow(r.screen());
    await resize(r, 70, 20);
    const rows = r.screen().split('\n');
    expect(rows.length).toBe(19);
    for (const row of rows) expect(stringWidth(row)).toBeLessThanOrEqual(70);
    expect(firstTextRow(r.screen()).split(' ')[0]).toBe(before.split(' ')[0]);
  });

  test('at any size (down to 20x5 and below), no row is wider than the terminal and no frame taller than rows - 1', async () => {
    const r = await renderReader(goldModel(SEED_ARTICLE, SLUG));
    for (const [columns, rows] of [
      [20, 5],
      [33, 7],
      [59, 30],
      [60, 10],
      [99, 9],
      [100, 10],
      [160, 50],
      [12, 3],
      [2, 2],
    ]) {
      await resize(r, columns, rows);
      for (const keys of [['3'], ['?'], ['x', 't'], [KEY.escape, 'p'], [KEY.escape, '/', 'NATO', KEY.enter], [KEY.tab, KEY.enter]]) {
        const screen = await r.press(...keys);
        const lines = screen.split('\n');
        expect(lines.length, `${columns}x${rows}`).toBeLessThanOrEqual(rows - 1);
        for (const line of lines) expect(stringWidth(line), `${columns}x${rows}: ${line}`).toBeLessThanOrEqual(columns);
      }
    }
  });
});

describe('terminal hygiene', () => {
  test('without colour only bold, faint, underline and inverse are used', async () => {
    const r = await renderReader(goldModel(SEED_ARTICLE, SLUG), { color: false });
    await r.press('/', 'NATO', KEY.enter, KEY.tab);
    const codes = new Set([...(r.lastFrame() ?? '').matchAll(/\u001b\[([0-9;]*)m/g)].flatMap((m) => m[1].split(';')));
    for (const code of codes) expect(['', '0', '1', '2', '4', '7', '22', '24', '27', '39', '49']).toContain(code);
  });

  test('control characters in the file name never reach the screen', async () => {
    const r = await renderReader(seedModel(), { name: 'evil\u001b]0;pwned\u0007\u001b[2J.txt' });
    const frame = r.lastFrame() ?? '';
    expect(frame).not.toContain('\u0007');
    expect(frame).not.toContain('\u001b]');
    expect(frame).not.toContain('\u001b[2J');
    expect(r.screen()).toContain('evil.txt');
  });

  test('q closes, Ctrl-C quits', async () => {
    const r = await renderReader();
    await r.press('q');
    await vi.waitFor(() => expect(r.exits).toEqual(['quit']));
    const lib = await renderReader(seedModel(), { canGoBack: true });
    await lib.press('q');
    await vi.waitFor(() => expect(lib.exits).toEqual(['close']));
    const other = await renderReader(seedModel(), { canGoBack: true });
    await other.press(KEY.ctrlC);
    await vi.waitFor(() => expect(other.exits).toEqual(['quit']));
  });
});
