// Issue 12: the help at 80x24 was cut off after "Moving". A help taller than
// its window scrolls: its last row says which rows it shows of how many, the
// keys that move scroll it, and every key of the keymap is on one of its pages.
import { describe, expect, it } from 'vitest';
import { ArticleLayouts } from '../../src/layout/cache.js';
import { helpGroups } from '../../src/tui/keymap.js';
import { createReducer, initialState, type Action, type ReaderState } from '../../src/tui/state.js';
import { renderReader, seedModel } from './render.js';

describe('the help in the reducer', () => {
  const reduce = createReducer({ layouts: new ArticleLayouts(seedModel()) });
  const run = (state: ReaderState, ...actions: Action[]) => actions.reduce(reduce, state);
  const small = initialState({ size: { columns: 80, rows: 24 } });

  it('opens at its top, moves by rows and pages, and stops at both ends', () => {
    const open = run(small, { type: 'scroll', by: 3 }, { type: 'help' });
    expect(open).toMatchObject({ help: true, helpTop: 0 });
    expect(run(open, { type: 'helpScroll', by: 1 }).helpTop).toBe(1);
    expect(run(open, { type: 'helpScroll', by: -1 })).toBe(open);
    // 19 rows a page: the window's 20 less the row that says where it is.
    expect(run(open, { type: 'helpScroll', by: 1, pages: true }).helpTop).toBe(19);
    const end = run(open, { type: 'helpScroll', by: Infinity });
    expect(run(end, { type: 'helpScroll', by: 1, pages: true })).toBe(end);
    expect(run(end, { type: 'helpScroll', by: -Infinity }).helpTop).toBe(0);
    // Opened again, it starts at the top; the article kept its place all along.
    expect(run(end, { type: 'closeHelp' }, { type: 'help' })).toMatchObject({ helpTop: 0, scroll: 3 });
  });

  it('does not move when the whole help fits (120x40)', () => {
    const open = run(initialState({ size: { columns: 120, rows: 40 } }), { type: 'help' });
    expect(run(open, { type: 'helpScroll', by: Infinity })).toBe(open);
  });
});

describe('the help on an 80x24 screen', () => {
  it('shows every key on one of its pages, scrolled by keys, and closes on any other key', async () => {
    const r = await renderReader(undefined, { columns: 80, rows: 24 });
    const pages = [await r.press('h')];
    expect(pages[0]).toMatch(/rows 1–19 of (\d+) · j k Space b g G scroll/);
    expect(pages[0].split('\n').at(-1)).toMatch(/any other key closes the help $/);
    const total = Number(/of (\d+)/.exec(pages[0])![1]);
    while (!pages.at(-1)!.includes(`–${total} of ${total}`)) {
      pages.push(await r.press(' '));
      expect(pages.length).toBeLessThan(10);
    }
    expect(pages.length).toBe(Math.ceil(total / 19));
    // Nothing is cut short, and every label and every word of every entry is shown.
    const shown = pages.join('\n');
    expect(shown).not.toContain('…');
    const words = new Set(shown.split(/[\s║╔╗╚╝═]+/));
    for (const { entries } of helpGroups()) {
      for (const e of entries) for (const w of `${e.label} ${e.help}`.split(' ').filter(Boolean)) expect(words, `${e.label}: ${e.help}`).toContain(w);
    }
    // g goes back to the top, j one row down; q closes the help, and only the help.
    expect(await r.press('g')).toBe(pages[0]);
    expect(await r.press('j')).toContain('rows 2–20 of');
    const closed = await r.press('q');
    expect(closed).toContain('White House Dismissive of Putin');
    expect(r.exits).toEqual([]);
    r.unmount();
  });

  it('keeps closing on j where it fits (120x40)', async () => {
    const r = await renderReader(undefined, { columns: 120, rows: 40 });
    expect(await r.press('h')).not.toContain('rows 1–');
    expect(await r.press('j')).not.toContain('Numbers and marks');
    r.unmount();
  });
});
