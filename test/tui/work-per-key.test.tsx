// A keystroke costs the same on a 5-line and a 50,000-line article: the text
// is laid out once, and each frame paints only the lines on screen. Checked
// by counting the work (layouts, painted segments), never by timing it.
import { cleanup } from 'ink-testing-library';
import { afterEach, expect, test } from 'vitest';
import type { ArticleModel } from '../../src/core/model.js';
import { ArticleLayouts } from '../../src/layout/cache.js';
import { buildModel } from '../../src/pipeline.js';
import { createTheme, type Theme } from '../../src/tui/theme.js';
import { KEY, renderReader } from './render.js';

afterEach(() => cleanup());

const PARAGRAPH =
  'The minister said the talks would resume on Monday, and that the delegations had agreed on the agenda ' +
  'for the next round, although several questions about the timetable and the monitoring of the ceasefire ' +
  'remained open and would be left to the working groups that meet later in the week.';

function article(paragraphs: number): ArticleModel {
  const sections = Array.from({ length: Math.max(1, Math.ceil(paragraphs / 50)) }, (_, s) => ({
    title: s === 0 ? null : `Part ${s + 1}`,
    paragraphs: Array.from({ length: Math.min(50, paragraphs - s * 50) }, () => PARAGRAPH),
  }));
  return {
    ...buildModel('A long article\n\nText.', 'text'),
    sections,
    people: [{ name: 'The minister', role: null, type: 'person', quotes: 1, reported: 0 }],
    quotes: [
      {
        text: 'the talks',
        speaker: 'The minister',
        speakers: ['The minister'],
        statement: null,
        kind: 'partial',
        section: 0,
        paragraph: 0,
        start: 18,
        end: 27,
      },
    ],
  };
}

/** A theme that counts the styled pieces it paints. */
function countingTheme(): Theme & { painted: number } {
  const base = createTheme(false);
  const theme = { ...base, painted: 0, paint: (...args: Parameters<Theme['paint']>) => (theme.painted++, base.paint(...args)) };
  return theme;
}

async function workPerKey(paragraphs: number) {
  const theme = countingTheme();
  const model = article(paragraphs);
  const layouts = new ArticleLayouts(model);
  // ink-testing-library's own size, so that the text is laid out once, not again for a resize.
  const r = await renderReader(model, { columns: 100, rows: 24, theme, layouts });
  // Highlight a word of every paragraph, so the screen has matches to paint.
  await r.press('/', 'agenda', KEY.enter, 'g');
  // Count the lines now, as the idle layout would: a count landing between two keys would
  // change what one of them paints (the status bar's "~"), on a loaded machine only.
  layouts.view(r.textWidth(), null).finish();
  await r.press('g');
  const laidOut = layouts.layoutsComputed;
  const perKey: number[] = [];
  for (const key of ['j', 'j', KEY.pageDown, 'j', KEY.ctrlD]) {
    const before = theme.painted;
    await r.press(key);
    perKey.push(theme.painted - before);
  }
  return { laidOut, after: layouts.layoutsComputed, perKey, lines: layouts.view(r.textWidth(), null).lineCount };
}

test('a keystroke does the same work on a short and a 50,000-line article', async () => {
  // Short, but a little longer than the screen, so that the keys do scroll.
  const small = await workPerKey(12);
  const big = await workPerKey(10_500);
  expect(big.lines).toBeGreaterThan(50_000);
  // Laid out once for the screen's width, never again for a key.
  expect(small.after).toBe(small.laidOut);
  expect(big.after).toBe(big.laidOut);
  expect(big.laidOut).toBe(1);
  // The same visible text costs the same painting, whatever lies off screen.
  expect(big.perKey.slice(0, 2)).toEqual(small.perKey.slice(0, 2));
  for (const n of big.perKey) expect(n).toBeLessThan(200);
});
