// Issue 16, item 9: Ctrl-Z suspends the reader as less does. The terminal is
// given back (main screen, cursor, cooked mode) before the process stops, and
// SIGCONT (what `fg` sends) takes it again and draws the frame anew.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, ROOT, SEED_ARTICLE } from '../helpers/articles.js';
import { restoredTerminal } from './restored.js';
import { spawnTerminal, type TerminalSession } from './harness.js';
import { SEED_TITLE } from './reader.js';

let session: TerminalSession | null = null;
afterEach(() => session?.dispose());

/** The process's state letter from /proc: T when stopped. */
function stateOf(pid: number): string {
  return readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /s, '')
    .charAt(0);
}

async function until(check: () => boolean, ms = 5_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  return check();
}

describe('Ctrl-Z', () => {
  it('gives the terminal back and stops; SIGCONT redraws, and the keys work again', async () => {
    session = spawnTerminal({ cwd: ROOT, args: [CLI, SEED_ARTICLE] });
    await session.waitForFrame(SEED_TITLE);
    await session.settle(100);
    const pid = session.process.pid;
    session.write('\u001a');
    expect(await until(() => stateOf(pid) === 'T')).toBe(true);
    await session.settle(100);
    // Nothing drawn after the screen was handed back: no hint for the key, no frame on the shell's screen.
    expect(restoredTerminal(session.raw)).toEqual({ mainScreen: true, cursorVisible: true });
    expect(session.inAltScreen()).toBe(false);
    expect(session.screen()).not.toContain(SEED_TITLE);

    const before = session.raw.length;
    process.kill(pid, 'SIGCONT');
    await session.waitFor(SEED_TITLE);
    expect(session.inAltScreen()).toBe(true);
    expect(session.raw.slice(before)).toContain('\u001b[?1049h');
    expect(session.screen()).not.toContain('not a key here');
    session.write('q');
    const exit = await session.waitForExit();
    expect(exit.exitCode).toBe(0);
    expect(restoredTerminal(session.raw).mainScreen).toBe(true);
  });
});
