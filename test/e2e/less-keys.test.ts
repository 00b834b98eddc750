// Issue 12, feature 5, in a real terminal: the keys of less, read off the screen.
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS } from './keys.js';
import type { TerminalSession } from './harness.js';
import { openSeed, panes, readingPaneTop, statusBar } from './reader.js';

let session: TerminalSession | null = null;
afterEach(() => session?.dispose());

describe('the keys of less', () => {
  for (const [cols, rows] of [
    [120, 40],
    [80, 24],
  ] as const) {
    it(`50g, 30%, = and '' (${cols}x${rows})`, async () => {
      const s = (session = await openSeed({ cols, rows }));
      await s.press('50');
      await s.press('g');
      await s.press('=');
      await s.waitFor(() => /lines 50–/.test(statusBar(s)));
      await s.press('30%');
      await s.press('=');
      await s.waitFor(() => /lines \d+–\d+ of \d+ · \d+% · [\d,]+ of [\d,]+ words/.test(statusBar(s)));
      await s.press("''");
      await s.press('=');
      await s.waitFor(() => /lines 50–/.test(statusBar(s)));
    });

    it(`? searches backward, & keeps matching paragraphs, h shows the help, an unknown key a hint (${cols}x${rows})`, async () => {
      const s = (session = await openSeed({ cols, rows }));
      await s.press('G');
      await s.press('?');
      await s.waitFor(() => /^\?▏/.test(statusBar(s)));
      await s.press('Belarus');
      s.write(KEYS.enter);
      await s.waitFor(() => /match \d\/\d/.test(statusBar(s)));
      await s.press('&');
      await s.press('Stoltenberg');
      s.write(KEYS.enter);
      await s.waitFor(() => statusBar(s).includes('& Stoltenberg'));
      const text = panes(s).middle;
      expect(text).toContain('Stoltenberg');
      expect(text).not.toContain('Psaki');
      await s.press('h');
      // At 80x24 the help is taller than the window: it scrolls, and says so on its last row.
      await s.waitFor(rows === 24 ? /rows 1–\d+ of \d+ · j k Space b g G scroll[^]*any other key closes the help/ : 'any key closes the help');
      await s.press('x');
      await s.press('x');
      await s.waitFor(() => statusBar(s).includes('x: not a key here · h for help'));
      // The hint goes by itself.
      await s.waitFor(() => !statusBar(s).includes('not a key'), 4_000);
    });
  }

  it('v opens the file in $EDITOR and comes back to the same screen; Ctrl-L redraws it', async () => {
    const s = (session = await openSeed({ env: { EDITOR: 'true', VISUAL: undefined } }));
    await s.press('3');
    const before = readingPaneTop(s);
    await s.press('v');
    await s.waitFor(() => statusBar(s).includes('back from true'));
    expect(s.inAltScreen()).toBe(true);
    expect(readingPaneTop(s)).toBe(before);
    const screen = s.lines().slice(0, -1);
    await s.press('\u000c');
    await s.settle(100);
    expect(s.lines().slice(0, -1)).toEqual(screen);
  });
});
