// Issue 12, feature 6: search history and editing in the prompt.
import { describe, expect, test } from 'vitest';
import { ArticleLayouts } from '../../src/layout/cache.js';
import { initialState, type ReaderState } from '../../src/tui/state.js';
import { SEED_ARTICLE } from '../helpers/articles.js';
import { goldModel } from '../layout/gold-model.js';
import { pressKeys } from './press-keys.js';

const layouts = new ArticleLayouts(goldModel(SEED_ARTICLE, 'voa-2022-02-04-white-house-putin-xi'));
const keys = pressKeys(layouts);
const typed = (text: string) => [...text].map((ch) => (ch === ' ' ? 'space' : ch));
const start = initialState({ size: { columns: 120, rows: 40 } });

describe('the search prompt', () => {
  test('↑ and ↓ step through earlier searches, newest first', () => {
    const searched = keys(start, '/', ...typed('Belarus'), 'enter', '/', ...typed('NATO'), 'enter');
    expect(searched.history).toEqual(['Belarus', 'NATO']);
    const open = keys(searched, '/');
    expect(keys(open, 'up').prompt).toBe('NATO');
    expect(keys(open, 'up', 'up').prompt).toBe('Belarus');
    expect(keys(open, 'up', 'up', 'up').prompt).toBe('Belarus');
    expect(keys(open, 'up', 'up', 'down').prompt).toBe('NATO');
    expect(keys(open, 'up', 'down').prompt).toBe('');
    // Running a recalled search works as typing it.
    expect(keys(open, 'up', 'up', 'enter').query).toBe('Belarus');
  });

  test('← and → move the cursor, typing and Backspace work at it, Ctrl-W deletes a word', () => {
    const open = keys(start, '/', ...typed('Putin Xi'));
    expect(keys(open, 'C-w').prompt).toBe('Putin ');
    expect(keys(open, 'C-w', 'C-w').prompt).toBe('');
    const moved = keys(open, 'left', 'left', 'left');
    expect(moved.promptCursor).toBe(5);
    expect(keys(moved, ',').prompt).toBe('Putin, Xi');
    expect(keys(moved, 'backspace').prompt).toBe('Puti Xi');
    expect(keys(moved, 'right', 'right', 'right', 'right').promptCursor).toBe(8);
    expect(keys(moved, 'C-u').prompt).toBe('');
  });
});
