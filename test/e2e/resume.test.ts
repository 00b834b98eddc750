// Issue 12, feature 4, in a real terminal: reopening an article comes back to
// where it was left, at any width; --no-resume starts at the top; a corrupt
// or unwritable state file is one warning.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SEED_ARTICLE } from '../helpers/articles.js';
import { KEYS } from './keys.js';
import type { TerminalSession } from './harness.js';
import { openSeed, readingPaneTop, startQuoted, statusBar, SEED_TITLE } from './reader.js';

let session: TerminalSession | null = null;
afterEach(() => session?.dispose());

/** The seed, opened where it may have been left: its title need not be on screen. */
async function reopen(options: Parameters<typeof startQuoted>[1]): Promise<TerminalSession> {
  const s = startQuoted([SEED_ARTICLE], options);
  await s.waitForFrame(/\d+%/);
  await s.settle(100);
  return s;
}

async function quit(s: TerminalSession): Promise<void> {
  s.write('q');
  await s.waitForExit();
}

describe('the place is kept', () => {
  it('reopened at 80x24, the article is at the section and paragraph it was left at 120x40, with the search history', async () => {
    const state = mkdtempSync(join(tmpdir(), 'quoted-resume-'));
    const env = { XDG_STATE_HOME: state };
    let s = (session = await openSeed({ env }));
    await s.press('3');
    await s.press('j');
    await s.press('j');
    const top = readingPaneTop(s, 1);
    await s.press('/');
    await s.press('NATO');
    s.write(KEYS.enter);
    await s.waitFor(() => /match \d+\//.test(statusBar(s)));
    await s.press(KEYS.escape);
    await s.press('/');
    await s.press('Belarus');
    s.write(KEYS.enter);
    await s.waitFor(() => /match \d+\//.test(statusBar(s)));
    const left = readingPaneTop(s, 1);
    await quit(s);
    expect(readdirSync(join(state, 'quoted'))).toHaveLength(1);
    s = session = await reopen({ env, cols: 80, rows: 24 });
    // The same text at the top, rewrapped: its first words.
    expect(readingPaneTop(s, 1).split(' ').slice(0, 3)).toEqual(left.split(' ').slice(0, 3));
    expect(top.length).toBeGreaterThan(0);
    // The history came back too.
    await s.press('/');
    await s.press(KEYS.up);
    await s.waitFor(() => statusBar(s).startsWith('/Belarus'));
    await s.press(KEYS.escape);
    await quit(s);
    // --no-resume starts at the top.
    s = session = startQuoted(['--no-resume', SEED_ARTICLE], { env });
    await s.waitForFrame(SEED_TITLE);
    await s.settle(100);
    expect(readingPaneTop(s, 1)).toBe(SEED_TITLE);
  });

  it('a corrupt state file gives one warning and the reader opens at the top', async () => {
    const state = mkdtempSync(join(tmpdir(), 'quoted-resume-'));
    const env = { XDG_STATE_HOME: state };
    let s = (session = await openSeed({ env }));
    await s.press('3');
    await quit(s);
    const [file] = readdirSync(join(state, 'quoted'));
    writeFileSync(join(state, 'quoted', file), '{not json');
    s = session = await reopen({ env, cols: 80, rows: 24 });
    expect(statusBar(s)).toMatch(/cannot read the saved place/);
    expect(readingPaneTop(s, 1)).toBe(SEED_TITLE);
  });

  it('an unwritable state folder is one line on stderr after the screen is back, and the exit is clean', async () => {
    const state = mkdtempSync(join(tmpdir(), 'quoted-resume-'));
    mkdirSync(join(state, 'quoted'));
    chmodSync(join(state, 'quoted'), 0o500);
    const s = (session = await openSeed({ env: { XDG_STATE_HOME: state } }));
    await s.press('3');
    s.write('q');
    const exit = await s.waitForExit();
    expect(exit.exitCode).toBe(0);
    if (process.getuid?.() !== 0) expect(s.screen()).toMatch(/quoted: cannot save the place in .*quoted \(EACCES\)/);
  });
});
