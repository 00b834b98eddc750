// Issue 16, item 8: closing the terminal (a closed window, a dropped ssh) ends
// the reader as a hang-up does, status 129, without a word. Node 20 used to
// abort in ResetStdio: exit 134 and a native stack on stderr.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, ROOT, SEED_ARTICLE } from '../helpers/articles.js';
import { spawnTerminal, type TerminalSession } from './harness.js';
import { SEED_TITLE } from './reader.js';

let session: TerminalSession | null = null;
const dir = mkdtempSync(join(tmpdir(), 'quoted-hangup-'));
afterEach(() => session?.dispose());

describe('closing the terminal', () => {
  it('ends the reader by SIGHUP with nothing on stderr', async () => {
    const out = join(dir, 'exit.json');
    session = spawnTerminal({ cwd: ROOT, args: [join(ROOT, 'test/e2e/hangup-wrapper.cjs'), out, CLI, SEED_ARTICLE] });
    await session.waitForFrame(SEED_TITLE);
    await session.settle(100);
    // Closing the terminal's master side is what a closed window does.
    (session.process as unknown as { destroy(): void }).destroy();
    const deadline = Date.now() + 10_000;
    while (!existsSync(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const ended = JSON.parse(readFileSync(out, 'utf8')) as { code: number | null; signal: string | null };
    const stderr = readFileSync(`${out}.err`, 'utf8');
    rmSync(dir, { recursive: true, force: true });
    // A shell reports death by SIGHUP as 129.
    expect(ended.signal === 'SIGHUP' || ended.code === 129, JSON.stringify(ended)).toBe(true);
    expect(stderr.replace(/\u001b\[\?25h/g, '').trim()).toBe('');
  });
});
