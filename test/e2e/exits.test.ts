// Every way out of the reader hands the terminal back as it was: main screen,
// cursor shown, raw mode off (checked by stty in the same terminal), and no
// stray output after the reader's last frame.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CLI, SEED_ARTICLE } from '../helpers/articles.js';
import { KEYS, restoredTerminal, shellQuote as quote, spawnShell, type TerminalSession } from './harness.js';
import { SEED_TITLE } from './reader.js';

let session: TerminalSession | null = null;
afterEach(() => session?.dispose());

const AFTER = '--after-quoted--';

/** quoted under a shell that reports its exit and the tty's modes after it. */
async function startUnderShell(): Promise<{ s: TerminalSession; pid: number }> {
  const command = `${quote(process.execPath)} ${quote(CLI)} ${quote(SEED_ARTICLE)}; echo "${AFTER} exit=$?"; stty -a`;
  const s = spawnShell(command);
  session = s;
  await s.waitFor(SEED_TITLE);
  await s.settle(100);
  const pid = findDescendant(s.process.pid, CLI);
  expect(pid, 'quoted runs under the shell').not.toBeNull();
  return { s, pid: pid! };
}

/** The process under `root` that has `needle` as one of its arguments (the shells only have it inside one). */
function findDescendant(root: number, needle: string): number | null {
  const children = (pid: number) =>
    readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
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
