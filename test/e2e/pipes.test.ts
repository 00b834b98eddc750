// quoted between pipes in a real terminal: keys from the tty when the article
// comes down a pipe, and not one escape byte when stdout is a pipe.
import { afterEach, describe, expect, it } from 'vitest';
import { CLI, SEED_ARTICLE } from '../helpers/articles.js';
import { shellQuote as quote, spawnShell as sh } from './shell.js';
import type { TerminalSession } from './harness.js';
import { readingPaneTop, SEED_TITLE } from './reader.js';

let session: TerminalSession | null = null;
afterEach(() => session?.dispose());

const NODE = quote(process.execPath);

describe('piped stdout', () => {
  it.each([[''], ['--toc'], ['--people'], ['--quotes'], ['--json']])('carries no escape byte (%s)', async (flag) => {
    session = sh(`${NODE} ${quote(CLI)} ${flag} ${quote(SEED_ARTICLE)} | cat; echo "exit=$?"`);
    expect((await session.waitForExit()).exitCode).toBe(0);
    expect(session.raw).toContain('exit=0');
    expect(session.raw).not.toContain('\u001b');
    if (flag === '') expect(session.raw).toContain(SEED_TITLE);
  });

  it('fails in one line when stdout is closed (>&-), where Node would write to /dev/null', async () => {
    session = sh(`${NODE} ${quote(CLI)} --toc ${quote(SEED_ARTICLE)} >&-; echo "exit=$?"`);
    await session.waitForExit();
    expect(session.raw.trim().split(/\r?\n/)).toEqual(['quoted: cannot write the output (standard output is closed)', 'exit=1']);
  });

  it('prints plain text to a file while stdin is the terminal', async () => {
    session = sh(`${NODE} ${quote(CLI)} ${quote(SEED_ARTICLE)} > /dev/null; echo "exit=$?"`);
    await session.waitForExit();
    expect(session.raw.trim()).toBe('exit=0');
  });
});

describe('piped stdin', () => {
  it.each([
    ['quoted -', '-'],
    ['quoted', ''],
  ])('reads the article from the pipe and the keys from the tty (%s)', async (_name, arg) => {
    session = sh(`cat ${quote(SEED_ARTICLE)} | ${NODE} ${quote(CLI)} ${arg}; echo "exit=$?"`);
    await session.waitFor(SEED_TITLE);
    session.write('3');
    await session.waitFor(() => readingPaneTop(session!).includes('NATO welcomes more US troops'));
    session.write('q');
    await session.waitFor('exit=0');
  });
});
