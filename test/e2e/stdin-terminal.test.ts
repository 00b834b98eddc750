// Issue 12, defect 5: `quoted -` with the terminal as standard input refuses
// at once in one line (it used to show a blank screen and wait for Ctrl-D).
import { afterEach, describe, expect, it } from 'vitest';
import type { TerminalSession } from './harness.js';
import { startQuoted } from './reader.js';

let session: TerminalSession | null = null;
afterEach(() => session?.dispose());

describe('quoted - on a terminal', () => {
  it('says standard input is a terminal and exits 2', async () => {
    session = startQuoted(['-']);
    const exit = await session.waitForExit(10_000);
    expect(exit.exitCode).toBe(2);
    expect(session.inAltScreen()).toBe(false);
    expect(session.screen().trim()).toBe('quoted: standard input is a terminal: pipe an article in, or name a file');
  });
});
