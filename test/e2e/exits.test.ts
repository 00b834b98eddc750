// Every way out of the reader hands the terminal back as it was: main screen,
// cursor shown, raw mode off (checked by stty in the same terminal), and no
// stray output after the reader's last frame.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CLI, SEED_ARTICLE } from '../helpers/articles.js';
import { KEYS } from './keys.js';
import { restoredTerminal } from './restored.js';
import { shellQuote as quote, spawnShell } from './shell.js';
import type { TerminalSession } from './harness.js';
import { SEED_TITLE } from './reader.js';

let session: TerminalSession | null = null;
afterEach(() => session?.dispose());

const AFTER = '--after-quoted--';

/** quoted under a shell that reports its exit and the tty's modes after it. */
async function startUnderShell(flags = '', env: NodeJS.ProcessEnv = {}): Promise<{ s: TerminalSession; pid: number }> {
  const command = `${quote(process.execPath)} ${quote(CLI)} ${flags} ${quote(SEED_ARTICLE)}; echo "${AFTER} exit=$?"; stty -a`;
  const s = spawnShell(command, { env });
  session = s;
  await s.waitForFrame(SEED_TITLE);
  // Found at once: a test crash ends the program a moment after its first frame.
  const pid = findDescendant(s.process.pid, CLI);
  await s.settle(100);
  expect(pid, 'quoted runs under the shell').not.toBeNull();
  return { s, pid: pid! };
}

/** The process under `root` that has `needle` as one of its arguments (the shells only have it inside one). */
function findDescendant(root: number, needle: string): number | null {
  const children = (pid: number) => readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  const queue = children(root);
  while (queue.length > 0) {
    const pid = queue.shift()!;
    if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(needle)) return pid;
    queue.push(...children(pid));
  }
  return null;
}

const exitsBy: [string, (s: TerminalSession, pid: number) => void][] = [
  ['q', (s) => s.write('q')],
  ['Ctrl-C', (s) => s.write(KEYS.ctrlC)],
  ['SIGTERM', (_s, pid) => process.kill(pid, 'SIGTERM')],
  ['SIGHUP', (_s, pid) => process.kill(pid, 'SIGHUP')],
];

describe.each(exitsBy)('leaving the reader by %s', (how, leave) => {
  it('restores the main screen, the cursor and cooked mode, and prints nothing after', async () => {
    const { s, pid } = await startUnderShell();
    expect(s.inAltScreen()).toBe(true);
    leave(s, pid);
    await s.waitFor(AFTER);
    await s.waitForExit();
    const [reader, after] = s.raw.split(AFTER);
    expect(restoredTerminal(reader)).toEqual({ mainScreen: true, cursorVisible: true });
    expect(s.inAltScreen()).toBe(false);
    // After the switch back, only control sequences and line ends may follow.
    const tail = reader.slice(reader.lastIndexOf('\u001b[?1049l'));
    expect(tail.replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '').trim()).toBe('');
    // stty -a prints "-icanon" and "-echo" while raw mode is still on.
    expect(after).toMatch(/(^|\s)icanon\b/);
    expect(after).toMatch(/(^|\s)echo\b/);
    if (how === 'q') expect(after).toMatch(/exit=0\b/);
    else expect(after).toMatch(/exit=\d+/);
  });
});

/** What follows the reader's last switch back to the main screen, escape sequences removed. */
function afterReader(raw: string): string {
  const reader = raw.split(AFTER)[0];
  return reader.slice(reader.lastIndexOf('\u001b[?1049l')).replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '');
}

// The reader has a switch that makes it crash on purpose shortly after its first frame.
describe.each(['exception', 'rejection', 'render'])('a crash in the reader (%s)', (kind) => {
  it('restores the terminal, then says what happened in one line and exits 1', async () => {
    const { s } = await startUnderShell('', { QUOTED_TEST_CRASH: kind });
    await s.waitFor(AFTER);
    await s.waitForExit();
    const [reader, after] = s.raw.split(AFTER);
    expect(restoredTerminal(reader)).toEqual({ mainScreen: true, cursorVisible: true });
    expect(afterReader(s.raw).trim()).toMatch(/^quoted: internal error: test crash.* \(run with --debug for details\)$/);
    expect(after).toMatch(/exit=1\b/);
    expect(after).toMatch(/(^|\s)icanon\b/);
  });
});

describe('a crash in the reader with --debug', () => {
  it('prints the stack as well', async () => {
    const { s } = await startUnderShell('--debug', { QUOTED_TEST_CRASH: 'exception' });
    await s.waitFor(AFTER);
    await s.waitForExit();
    expect(restoredTerminal(s.raw.split(AFTER)[0]).mainScreen).toBe(true);
    const printed = afterReader(s.raw);
    expect(printed).toMatch(/Error: test crash/);
    expect(printed).toMatch(/^\s+at /m);
  });
});
