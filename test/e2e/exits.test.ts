// Every way out of the reader hands the terminal back as it was: main screen,
// cursor shown, raw mode off (checked by stty in the same terminal), and no
// stray output after the reader's last frame.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CLI, SEED_ARTICLE } from '../helpers/articles.js';
import { KEYS, restoredTerminal, spawnTerminal, type TerminalSession } from './harness.js';
import { SEED_TITLE } from './reader.js';

let session: TerminalSession | null = null;
afterEach(() => session?.dispose());

const AFTER = '--after-quoted--';
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** quoted under a shell that reports its exit and the tty's modes after it. */
async function startUnderShell(): Promise<{ s: TerminalSession; pid: number }> {
  const command = `${quote(process.execPath)} ${quote(CLI)} ${quote(SEED_ARTICLE)}; echo "${AFTER} exit=$?"; stty -a`;
  const s = spawnTerminal({ file: '/bin/sh', args: ['-c', command] });
  session = s;
  await s.waitFor(SEED_TITLE);
  await s.settle(100);
  // The shell's only child is quoted.
  const children = readFileSync(`/proc/${s.process.pid}/task/${s.process.pid}/children`, 'utf8').trim().split(/\s+/);
  expect(children).toHaveLength(1);
  return { s, pid: Number(children[0]) };
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
