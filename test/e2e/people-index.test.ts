// Issue 13 in a real terminal: from the library through P, a person, one of
// their quotes (the article filtered to them at that quote), and back, each
// list at the place it was left.
import { afterEach, describe, expect, it } from 'vitest';
import { KEYS } from './keys.js';
import type { TerminalSession } from './harness.js';
import { startQuoted, statusBar } from './reader.js';

let session: TerminalSession | null = null;
afterEach(() => session?.dispose());

const selected = (s: TerminalSession) => s.lines().find((l) => l.includes('›')) ?? '';

describe('the people index in a terminal', () => {
  it('library → P → a person → a quote → back to the quote, the person, the library', async () => {
    const s = (session = startQuoted([], { cols: 120, rows: 30 }));
    await s.waitFor('articles in');
    await s.press('P');
    await s.waitFor('People in articles/');
    await s.waitFor((screen) => !/indexing/.test(screen) && /Stoltenberg/.test(screen));
    // Search, then the first person found.
    await s.press('/');
    await s.press('Stoltenberg');
    s.write(KEYS.enter);
    await s.waitFor(() => selected(s).includes('Jens Stoltenberg'));
    s.write(KEYS.enter);
    await s.waitFor('Jens Stoltenberg (person)');
    await s.waitFor('White House Dismissive of Putin');
    // The third of their quotes and statements, in reading order.
    await s.press('jj');
    await s.waitFor(() => selected(s).includes('NATO continues to call on Russia'));
    s.write(KEYS.enter);
    await s.waitFor(() => /filter: Jens Stoltenberg/.test(statusBar(s)) && /said 3\/7/.test(statusBar(s)));
    await s.press('q');
    await s.waitFor(() => selected(s).includes('NATO continues to call on Russia'));
    await s.press('q');
    await s.waitFor(() => selected(s).includes('Jens Stoltenberg') && s.screen().includes('People in articles/'));
    await s.press('q');
    await s.waitFor('articles in');
    expect(s.screen()).toContain('P people');
  });
});
