// Issue 12, feature 3, in a real terminal: a person's page and a quote from it.
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS } from './keys.js';
import type { TerminalSession } from './harness.js';
import { filterTo, openSeed, statusBar } from './reader.js';

let session: TerminalSession | null = null;
afterEach(() => session?.dispose());

describe("a person's page", () => {
  for (const [cols, rows] of [
    [120, 40],
    [80, 24],
  ] as const) {
    it(`i on a person shows who they are and their quotes; Enter goes to one (${cols}x${rows})`, async () => {
      const s = (session = await openSeed({ cols, rows }));
      await s.press(cols >= 100 ? KEYS.tab : 'p');
      for (let i = 0; i < 30 && !s.screen().includes('›Jens Stoltenberg'); i++) await s.press('j');
      await s.press('i');
      await s.waitFor('person · NATO Secretary-General');
      expect(s.screen()).toMatch(/\d+ quotes?, \d+ reported/);
      expect(s.screen()).toContain('§3 NATO welcomes more US troops');
      await s.press('j');
      s.write(KEYS.enter);
      // The whole article, at his second quote's paragraph (waited for whole: a loaded machine may show a frame half drawn).
      await s.waitFor((screen) => !screen.includes('person · NATO Secretary-General') && screen.includes('Stoltenberg'));
      expect(statusBar(s)).not.toContain('filter:');
    });
  }
});

describe('copying (feature 2)', () => {
  for (const [cols, rows] of [
    [120, 40],
    [80, 24],
  ] as const) {
    it(`c writes the current quote to the clipboard by OSC 52 and says so (${cols}x${rows})`, async () => {
      const s = (session = await openSeed({ cols, rows }));
      await filterTo(s, 'Jens Stoltenberg');
      await s.press('n');
      const before = s.raw.length;
      await s.press('c');
      await s.waitFor(() => /copied “.+” — Jens Stoltenberg/.test(statusBar(s)));
      const osc = s.raw.slice(before).match(/\u001b\]52;c;([A-Za-z0-9+/=]+)\u0007/);
      expect(osc).not.toBeNull();
      const text = Buffer.from(osc![1], 'base64').toString('utf8');
      expect(text).toMatch(/^“.+” — Jens Stoltenberg, NATO Secretary-General \(White House Dismissive of Putin - Xi Meeting, 2022-02-04\)$/);
    });
  }
});
