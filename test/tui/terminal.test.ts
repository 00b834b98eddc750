import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { crashReport, enterFullScreen, guardExits, openKeys, TerminalError } from '../../src/tui/terminal.js';
import { testCrashKind } from '../../src/tui/test-crash.js';
import { createTheme } from '../../src/tui/theme.js';

afterEach(() => vi.restoreAllMocks());

function fakeTty() {
  const written: string[] = [];
  const stdout = { isTTY: true, write: (s: string) => written.push(s) > 0, on: () => stdout } as unknown as NodeJS.WriteStream;
  const modes: boolean[] = [];
  const stdin = Object.assign(new PassThrough(), {
    isTTY: true,
    isRaw: false,
    setRawMode(mode: boolean) {
      modes.push(mode);
      stdin.isRaw = mode;
      return stdin;
    },
  }) as unknown as NodeJS.ReadStream & { isRaw: boolean };
  return { stdout, stdin, written, modes };
}

describe('the full-screen session', () => {
  test('enters the alternate screen with the cursor hidden, and restores both once', () => {
    const { stdout, stdin, written, modes } = fakeTty();
    const session = enterFullScreen(stdout, stdin);
    expect(session.keys).toBe(stdin);
    expect(written.join('')).toContain('\u001b[?1049h');
    expect(written.join('')).toContain('\u001b[?25l');
    // Raw mode from the start, so that no key typed meanwhile is echoed.
    expect(modes).toEqual([true]);
    written.length = 0;
    session.restore();
    session.restore();
    const out = written.join('');
    expect(out.indexOf('\u001b[?25h')).toBeGreaterThanOrEqual(0);
    expect(out.endsWith('\u001b[?1049l')).toBe(true);
    expect(out.split('\u001b[?1049l')).toHaveLength(2);
    expect(modes).toEqual([true, false]);
  });

  test('keys come from standard input when it is a terminal', () => {
    const { stdin } = fakeTty();
    expect(openKeys(stdin)).toEqual({ keys: stdin, owned: false });
  });
});

describe('every way out', () => {
  function guarded() {
    const calls: string[] = [];
    const exit = vi.spyOn(process, 'exit').mockImplementation(((code: number) => {
      calls.push(`exit ${code}`);
    }) as never);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(((s: string) => calls.push(s) > 0) as never);
    const unguard = guardExits({ stop: () => calls.push('stop'), restore: () => calls.push('restore'), debug: false });
    return { calls, exit, stderr, unguard };
  }

  test.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGINT', 130],
  ] as const)('%s stops drawing, restores the terminal and exits %i', (signal, code) => {
    const { calls, unguard } = guarded();
    try {
      process.emit(signal, signal);
      expect(calls).toEqual(['stop', 'restore', `exit ${code}`]);
    } finally {
      unguard();
    }
  });

  test('an uncaught exception or rejection restores first, then prints one line and exits 1', () => {
    const { calls, unguard } = guarded();
    try {
      process.emit('uncaughtException', new Error('boom\nsecond line'));
      expect(calls).toEqual(['stop', 'restore', 'quoted: internal error: boom (run with --debug for details)\n', 'exit 1']);
      calls.length = 0;
      process.emit('unhandledRejection', new Error('nope'), Promise.resolve());
      expect(calls.at(-1)).toBe('exit 1');
    } finally {
      unguard();
    }
  });

  test('once the reader is done, the handlers are gone', () => {
    const before = process.listenerCount('SIGTERM');
    const { unguard } = guarded();
    expect(process.listenerCount('SIGTERM')).toBe(before + 1);
    unguard();
    expect(process.listenerCount('SIGTERM')).toBe(before);
  });

  test('the crash report has the stack only in debug mode', () => {
    const err = new Error('bad thing');
    expect(crashReport(err, false)).toBe('quoted: internal error: bad thing (run with --debug for details)\n');
    const debug = crashReport(err, true);
    expect(debug).toContain(err.stack!);
    expect(debug.trimEnd().split('\n').at(-1)).toBe('quoted: internal error: bad thing');
    expect(crashReport('plain', false)).toContain('internal error: plain');
  });

  test('a terminal problem is a one-line usage error', () => {
    const err = new TerminalError('cannot read keys');
    expect(err.exitCode).toBe(2);
    expect(err.message).toBe('cannot read keys');
  });
});

describe('styles and settings', () => {
  test('without colour, styles are weight, underline and inverse only', () => {
    const plainTheme = createTheme(false);
    for (const style of ['title', 'heading', 'direct', 'indirect', 'match', 'currentMatch', 'cursor', 'paneTitleFocused', 'status'] as const) {
      const codes = plainTheme
        .paint(style, 'x')
        .match(/\u001b\[([0-9;]*)m/)![1]
        .split(';');
      for (const code of codes) expect(['1', '2', '4', '7']).toContain(code);
    }
    expect(plainTheme.border(true)).toBeUndefined();
    expect(createTheme(true).paint('match', 'x')).toMatch(/\u001b\[[0-9;]*4\dm/);
  });

  test('the test crash is off unless asked for by name', () => {
    expect(testCrashKind({})).toBeNull();
    expect(testCrashKind({ QUOTED_TEST_CRASH: 'yes' })).toBeNull();
    expect(testCrashKind({ QUOTED_TEST_CRASH: 'render' })).toBe('render');
  });
});
