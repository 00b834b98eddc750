// A long article's reader opens on its text and finds the quotes after the
// first frame: the people panel says it is finding them, the speaker filter
// says it is not ready, and both come to life once the quotes are in. A short
// article's are found right after its first frame, before any key is read.
import { PassThrough } from 'node:stream';
import { render as inkRender } from 'ink';
import { cleanup } from 'ink-testing-library';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import type { QuoteAnalysis } from '../../src/core/model.js';
import { parseArticle } from '../../src/article/parse.js';
import { withoutQuotes } from '../../src/pipeline.js';
import { analyzeQuotes } from '../../src/quotes/index.js';
import { quotesAfterFirstFrame, type QuoteFinder, type QuoteSearch } from '../../src/tui/quote-finder.js';
import { ReaderApp } from '../../src/tui/reader-app.js';
import { createTheme } from '../../src/tui/theme.js';
import { SEED_ARTICLE } from '../helpers/articles.js';
import { KEY, renderReader, until } from './render.js';

afterEach(() => cleanup());

const article = parseArticle(readFileSync(SEED_ARTICLE, 'utf8'), 'text');
const analysis = analyzeQuotes(article);

/** A finder answered by the test, which records when it was started and stopped. */
function heldFinder() {
  const held = {
    started: false,
    cancelled: false,
    answer: (_: QuoteAnalysis) => {},
    fail: (_: Error) => {},
  };
  const find: QuoteFinder = (): QuoteSearch => {
    held.started = true;
    const result = new Promise<QuoteAnalysis>((resolve, reject) => {
      held.answer = resolve;
      held.fail = reject;
    });
    return { result, cancel: () => (held.cancelled = true), where: 'this thread' };
  };
  return { held, find };
}

async function openWaiting() {
  const { held, find } = heldFinder();
  const r = await renderReader(withoutQuotes(article), { findQuotes: find });
  await until(() => held.started, 'the quote search to start');
  return { r, held };
}

/** Ink's own render, on a screen that keeps every frame written to it, with a terminal's keyboard that types nothing. */
function recordingScreen() {
  const frames: string[] = [];
  const stdout = Object.assign(new EventEmitter(), { columns: 120, rows: 40, write: (frame: string) => frames.push(frame) });
  const noop = () => {};
  const stdin = Object.assign(new EventEmitter(), {
    isTTY: true,
    setRawMode: noop,
    setEncoding: noop,
    ref: noop,
    unref: noop,
    resume: noop,
    pause: noop,
    read: () => null,
  });
  return { frames, stdout: stdout as unknown as NodeJS.WriteStream, stdin: stdin as unknown as NodeJS.ReadStream };
}

describe("a short article's quotes", () => {
  test('are found once its first frame is written, in the same task: no key can come between', () => {
    const { frames, stdout, stdin } = recordingScreen();
    let framesAtStart = -1;
    const found = quotesAfterFirstFrame(article);
    const find = {
      afterFirstFrame: () => {
        framesAtStart = frames.length;
        return found.afterFirstFrame();
      },
    };
    const app = <ReaderApp model={withoutQuotes(article)} name="seed" theme={createTheme(false)} findQuotes={find} onClose={() => {}} onQuit={() => {}} />;
    const instance = inkRender(app, { stdout, stdin, debug: true, patchConsole: false, exitOnCtrlC: false });
    try {
      // Already done when render returns: the event loop, and with it the keys, never ran in between.
      expect(framesAtStart).toBe(1);
      expect(frames[0]).toContain('White House Dismissive of Putin');
      expect(frames[0]).toContain('Speakers (…)');
      expect(frames.at(-1)).toContain(`Speakers (${analysis.people.length})`);
      expect(frames.at(-1)).toContain(analysis.people[0].name);
    } finally {
      instance.unmount();
    }
  });
});

describe('quotes found after the first frame', () => {
  test('the search starts once the text is on screen', async () => {
    const { frames, stdout } = recordingScreen();
    let framesAtStart = -1;
    const find: QuoteFinder = () => {
      framesAtStart = frames.length;
      return { result: new Promise<QuoteAnalysis>(() => {}), cancel: () => {}, where: 'this thread' };
    };
    const app = <ReaderApp model={withoutQuotes(article)} name="seed" theme={createTheme(false)} findQuotes={find} onClose={() => {}} onQuit={() => {}} />;
    // A terminal's stdin: the reader reads keys in raw mode, which the test's own stdin cannot give.
    const stdin = Object.assign(new PassThrough(), {
      isTTY: true,
      setRawMode: () => stdin,
      ref: () => stdin,
      unref: () => stdin,
    }) as unknown as NodeJS.ReadStream;
    const instance = inkRender(app, { stdout, stdin, debug: true, patchConsole: false, exitOnCtrlC: false });
    try {
      await until(() => framesAtStart >= 0, 'the quote search to start');
      expect(framesAtStart).toBeGreaterThan(0);
      expect(frames[0]).toContain('White House Dismissive of Putin');
    } finally {
      instance.unmount();
    }
  });

  test('meanwhile the people panel says so, and the speaker filter waits', async () => {
    const { r } = await openWaiting();
    expect(r.screen()).toContain('Speakers (…)');
    expect(r.screen()).toContain('Finding quotes…');
    const screen = await r.press(KEY.tab, KEY.enter);
    expect(screen).toContain('still finding the quotes');
    // The text reads as usual meanwhile.
    expect(await r.press(KEY.escape, KEY.shiftTab, '3')).toContain('§3/4 NATO welcomes more US troops');
  });

  test('once the quotes are in, the panel lists the people and Enter filters to one', async () => {
    const { r, held } = await openWaiting();
    held.answer(analysis);
    await until(() => r.screen().includes(`Speakers (${analysis.people.length})`), 'the people panel to fill');
    expect(r.screen()).not.toContain('Finding quotes');
    expect(r.screen()).toContain(analysis.people[0].name);
    const screen = await r.press(KEY.tab, KEY.enter);
    expect(screen).toContain(`filter: ${analysis.people[0].name}`);
  });

  test('if they cannot be found, the panel says so and the filter stays off', async () => {
    const { r, held } = await openWaiting();
    held.fail(new Error('engine failure'));
    await until(() => r.screen().includes('Quotes could not be found.'), 'the failure to show');
    expect(await r.press(KEY.tab, KEY.enter)).toContain('the quotes could not be found');
  });

  test('closing the reader stops the search', async () => {
    const { r, held } = await openWaiting();
    r.unmount();
    expect(held.cancelled).toBe(true);
  });
});
