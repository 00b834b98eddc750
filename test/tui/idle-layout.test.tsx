// The reader's first frame lays out only the screen it shows; the rest of a
// long article is laid out while the reader waits for keys, and a key that
// needs the end of the text (G) gets it at once.
import { cleanup, render } from 'ink-testing-library';
import { afterEach, expect, test } from 'vitest';
import type { ArticleModel } from '../../src/core/model.js';
import { ArticleLayouts } from '../../src/layout/cache.js';
import { buildModel } from '../../src/pipeline.js';
import { ReaderApp } from '../../src/tui/reader-app.js';
import { createTheme } from '../../src/tui/theme.js';
import { geometry } from '../../src/tui/geometry.js';
import { paneWants } from '../../src/tui/pane-wants.js';
import { KEY, plain, renderReader, until } from './render.js';

afterEach(() => cleanup());

const PARAGRAPH =
  'The minister said the talks would resume on Monday, and that the delegations had agreed on the agenda ' +
  'for the next round, although several questions about the timetable remained open.';

function article(paragraphs: number): ArticleModel {
  return {
    ...buildModel('A long article\n\nText.', 'text'),
    sections: Array.from({ length: paragraphs / 50 }, (_, s) => ({ title: s === 0 ? null : `Part ${s + 1}`, paragraphs: Array(50).fill(PARAGRAPH) })),
  };
}

// ink-testing-library's terminal: 100 columns; rows as Ink sees them by default; panes as wide as the article asks.
const textWidthFor = (model: ArticleModel) =>
  geometry({ columns: 100, rows: 24 }, { tocHidden: false, peopleHidden: false, wants: paneWants(model) }).reader.textWidth;

test('the first frame lays out the screen, and the rest follows without a key', async () => {
  const model = article(5000);
  const layouts = new ArticleLayouts(model);
  const r = render(<ReaderApp model={model} layouts={layouts} name="long" theme={createTheme(false)} onClose={() => {}} onQuit={() => {}} />);
  expect(plain(r.lastFrame())).toContain('A long article');
  const view = layouts.view(textWidthFor(model), null);
  expect(view.complete).toBe(false);
  expect(view.laidOutSections()).toEqual([0]);
  // Until the lines are counted, the percentage is an estimate, and marked as one.
  expect(plain(r.lastFrame())).toMatch(/ ~\d+% /);
  await until(() => view.complete, 'the layout to finish in idle time', 30_000);
  expect(layouts.layoutsComputed).toBe(1);
  await until(() => / \d+% /.test(plain(r.lastFrame())), 'the exact percentage');
  expect(plain(r.lastFrame())).not.toMatch(/~\d+%/);
});

test('G goes to the true end of a long article, however far its layout has got', async () => {
  const model = article(5000);
  const r = await renderReader(model, { columns: 100, rows: 24 });
  const screen = await r.press('G');
  expect(screen).toContain('100%');
  expect(screen).toContain('the timetable remained open.');
  expect(await r.press(KEY.pageDown)).toContain('100%');
});
