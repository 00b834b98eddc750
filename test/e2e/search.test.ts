// Issue 12, defects 3 and 4, in a real terminal: folded search, and a search
// inside a filter that finds its text only outside it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { KEYS } from './keys.js';
import type { TerminalSession } from './harness.js';
import { filterTo, openSeed, panes, startQuoted, statusBar } from './reader.js';

let session: TerminalSession | null = null;
afterEach(() => session?.dispose());
const dir = mkdtempSync(join(tmpdir(), 'quoted-search-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('search in the reader', () => {
  for (const [cols, rows] of [
    [120, 40],
    [80, 24],
  ] as const) {
    it(`/it's finds It’s (${cols}x${rows})`, async () => {
      const file = join(dir, 'curly.txt');
      writeFileSync(file, 'Curly marks\n\nThe weather turned.\n\n“It’s cold,” said the mayor, Ana Ruiz.\n');
      const s = (session = startQuoted([file], { cols, rows }));
      await s.waitFor('Curly marks');
      await s.press('/');
      await s.press("it's");
      s.write(KEYS.enter);
      await s.waitFor(() => statusBar(s).includes('match 1/1'));
      expect(panes(s).middle).toContain('It’s cold');
    });

    it(`inside a filter, /Psaki says it is outside the filter, with the count (${cols}x${rows})`, async () => {
      const s = (session = await openSeed({ cols, rows }));
      await filterTo(s, 'Jens Stoltenberg');
      await s.press('/');
      await s.press('Psaki');
      s.write(KEYS.enter);
      await s.waitFor(() => /outside the filter/.test(s.screen()));
      expect(s.screen()).toMatch(/Psaki: outside the filter \(\d+ in the whole article/);
      expect(s.screen()).not.toContain('not found');
    });
  }

  for (const [cols, rows] of [
    [120, 40],
    [80, 24],
  ] as const) {
    it(`↑ in the prompt brings back the last search; ← and Ctrl-W edit it (${cols}x${rows})`, async () => {
      const s = (session = await openSeed({ cols, rows }));
      await s.press('/');
      await s.press('Belarus');
      s.write(KEYS.enter);
      await s.waitFor(() => /match 1\//.test(statusBar(s)));
      await s.press(KEYS.escape);
      await s.press('/');
      await s.press(KEYS.up);
      await s.waitFor(() => statusBar(s).startsWith('/Belarus▏'));
      await s.press('\u001b[D');
      await s.press('\u001b[D');
      await s.waitFor(() => statusBar(s).startsWith('/Belar▏us'));
      await s.press('\u0017');
      await s.waitFor(() => statusBar(s).startsWith('/▏us'));
    });
  }
});
