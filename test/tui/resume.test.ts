// Issue 12, feature 4, below the screen: what is kept, and the state it opens in.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ArticleLayouts } from '../../src/layout/cache.js';
import { lineText } from '../../src/layout/places.js';
import { restore, snapshot } from '../../src/tui/resume-state.js';
import { openResume, stateDir } from '../../src/tui/resume-store.js';
import { viewOf } from '../../src/tui/selectors.js';
import { createReducer, initialState, type Action, type ReaderState } from '../../src/tui/state.js';
import { SEED_ARTICLE } from '../helpers/articles.js';
import { goldModel } from '../layout/gold-model.js';

const model = goldModel(SEED_ARTICLE, 'voa-2022-02-04-white-house-putin-xi');
const layouts = new ArticleLayouts(model);
const ctx = { layouts };
const reduce = createReducer(ctx);
const run = (s: ReaderState, ...actions: Action[]) => actions.reduce(reduce, s);

describe('resume', () => {
  test('the place, panes, search, filter and history come back at another width', () => {
    const left = run(
      initialState({ size: { columns: 120, rows: 40 } }),
      { type: 'section', index: 2 },
      { type: 'scroll', by: 3 },
      { type: 'toggle', pane: 'toc' },
      { type: 'openSearch' },
      { type: 'searchInput', text: 'NATO' },
      { type: 'runSearch' },
    );
    const saved = snapshot(ctx, left);
    expect(saved).toMatchObject({ tocHidden: true, peopleHidden: false, query: 'NATO', history: ['NATO'], focus: 'reader' });
    const back = restore(ctx, initialState({ size: { columns: 80, rows: 24 } }), saved);
    const text = (s: ReaderState) => lineText(layouts.article, viewOf(ctx, s), s.scroll);
    const unit = layouts.article.units[saved.unit].text;
    expect(unit.slice(saved.offset).startsWith(text(back))).toBe(true);
    expect([back.tocHidden, back.query, back.history]).toEqual([true, 'NATO', ['NATO']]);
    const filtered = restore(ctx, initialState({ size: { columns: 120, rows: 40 } }), {
      ...saved,
      speaker: 'Jens Stoltenberg',
      focus: 'people',
      tocHidden: false,
    });
    expect([filtered.speaker, filtered.focus]).toEqual(['Jens Stoltenberg', 'people']);
    // A speaker the article no longer has, or a place past its end, is dropped.
    const stale = restore(ctx, initialState({ size: { columns: 120, rows: 40 } }), { ...saved, speaker: 'Nobody', unit: 99999 });
    expect([stale.speaker, stale.scroll]).toEqual([null, 0]);
  });

  test('the state file lives under $XDG_STATE_HOME/quoted; a corrupt one is a warning, not an error', () => {
    const home = mkdtempSync(join(tmpdir(), 'quoted-state-'));
    const env = { XDG_STATE_HOME: home };
    expect(stateDir(env)).toBe(join(home, 'quoted'));
    expect(stateDir({ HOME: '/h' })).toMatch(/\.local\/state\/quoted$/);
    const first = openResume(model, SEED_ARTICLE, env);
    expect([first.saved, first.warning]).toEqual([null, null]);
    const saved = snapshot(ctx, initialState({ size: { columns: 120, rows: 40 } }));
    first.save(saved);
    expect(openResume(model, SEED_ARTICLE, env).saved).toEqual(saved);
    // Another path, another key.
    expect(openResume(model, '/elsewhere/seed.txt', env).saved).toBeNull();
    const [file] = readdirSync(join(home, 'quoted'));
    writeFileSync(join(home, 'quoted', file), '{"unit": "x"}');
    const corrupt = openResume(model, SEED_ARTICLE, env);
    expect(corrupt.saved).toBeNull();
    expect(corrupt.warning).toMatch(/cannot read the saved place/);
  });
});
