// The harness itself, on programs whose output is known: if node-pty cannot
// load, this file fails at import, loudly.
import { afterEach, describe, expect, it } from 'vitest';
import { restoredTerminal } from './restored.js';
import { shellQuote, spawnShell } from './shell.js';
import { spawnTerminal, type TerminalSession } from './harness.js';

let session: TerminalSession | null = null;
afterEach(() => session?.dispose());

describe('the pty harness', () => {
  it('runs a program in a real terminal and reads its screen', async () => {
    session = spawnTerminal({ args: ['-e', 'console.log(process.stdout.isTTY, process.stdin.isTTY, process.stdout.columns, process.stdout.rows)'] });
    await session.waitFor('true true 120 40');
    expect(await session.waitForExit()).toMatchObject({ exitCode: 0 });
  });

  it('sends keys and reports resizes to the program', async () => {
    const script = `
      process.stdin.setRawMode(true);
      process.stdout.on('resize', () => console.log('size', process.stdout.columns, process.stdout.rows));
      process.stdin.on('data', (d) => { console.log('key', JSON.stringify(d.toString())); if (d.toString() === 'q') process.exit(3); });
      console.log('ready');`;
    session = spawnTerminal({ args: ['-e', script] });
    await session.waitFor('ready');
    session.write('\u001b[A');
    await session.waitFor('key "\\u001b[A"');
    session.resize(70, 20);
    await session.waitFor('size 70 20');
    expect(session.term.cols).toBe(70);
    session.write('q');
    expect((await session.waitForExit()).exitCode).toBe(3);
  });

  it('keeps the raw bytes and follows the alternate screen', async () => {
    const script = `process.stdout.write('\\u001b[?1049h\\u001b[?25lin alt'); setTimeout(() => process.stdout.write('\\u001b[?1049l\\u001b[?25h'), 200);`;
    session = spawnShell(`${shellQuote(process.execPath)} -e ${shellQuote(script)}`);
    await session.waitFor('in alt');
    expect(session.inAltScreen()).toBe(true);
    await session.waitForExit();
    expect(session.inAltScreen()).toBe(false);
    expect(restoredTerminal(session.raw)).toEqual({ mainScreen: true, cursorVisible: true });
  });

  it('reads all the output of a program that ends at once, and its exit status', async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `line ${i}`).join('\\n');
    session = spawnShell(`printf '${lines}\\nlast\\n'; exit 7`);
    expect((await session.waitForExit()).exitCode).toBe(7);
    expect(session.raw).toContain('line 1999\r\nlast');
  });

  it('times out with the screen in the message', async () => {
    session = spawnTerminal({ args: ['-e', 'console.log("something else"); setTimeout(() => {}, 5000)'] });
    await expect(session.waitFor('never shown', 500)).rejects.toThrow(/something else/);
  });
});

describe('restoredTerminal', () => {
  it('requires the last screen switch to leave the alternate screen', () => {
    expect(restoredTerminal('\u001b[?1049h x \u001b[?1049l').mainScreen).toBe(true);
    expect(restoredTerminal('\u001b[?1049h x \u001b[?1049l \u001b[?1049h').mainScreen).toBe(false);
    expect(restoredTerminal('no switch at all').mainScreen).toBe(false);
  });
  it('requires the cursor to be shown after it was last hidden', () => {
    expect(restoredTerminal('\u001b[?25l \u001b[?25h').cursorVisible).toBe(true);
    expect(restoredTerminal('\u001b[?25h \u001b[?25l').cursorVisible).toBe(false);
  });
});
