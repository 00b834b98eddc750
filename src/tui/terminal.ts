// The terminal around the reader: the alternate screen, keys from /dev/tty
// when the article came on a pipe, and a restore that runs on every way out
// (normal exit, signals, crashes) so the shell gets its screen back intact.
import { openSync } from 'node:fs';
import { isatty, ReadStream } from 'node:tty';
import { constants } from 'node:os';
import { UserError } from '../core/errors.js';

const ENTER_ALT_SCREEN = '\u001b[?1049h\u001b[H\u001b[2J';
const LEAVE_ALT_SCREEN = '\u001b[?1049l';
const HIDE_CURSOR = '\u001b[?25l';
const SHOW_CURSOR = '\u001b[?25h';
// Ink marks frames as synchronized updates; make sure a cut-off frame does not leave the mode on.
const END_SYNC = '\u001b[?2026l';

/** A terminal the reader cannot run in: a one-line error, exit status 2. */
export class TerminalError extends UserError {
  constructor(message: string) {
    super(message, 2);
    this.name = 'TerminalError';
  }
}

/** Where keys come from: standard input when it is a terminal, else the controlling terminal, as `less` does. */
export function openKeys(stdin: NodeJS.ReadStream): { keys: NodeJS.ReadStream; owned: boolean } {
  if (stdin.isTTY) return { keys: stdin, owned: false };
  let fd: number;
  try {
    fd = openSync('/dev/tty', 'r');
  } catch {
    throw new TerminalError('cannot read keys: standard input is not a terminal and there is no /dev/tty');
  }
  return { keys: new ReadStream(fd) as unknown as NodeJS.ReadStream, owned: true };
}

export interface Session {
  keys: NodeJS.ReadStream;
  /** Put the terminal back: main screen, cursor, cooked mode. Safe to call more than once. */
  restore(): void;
  /** For a suspend (Ctrl-Z): give the terminal back for now, and take it again on `fg`. */
  pause(): void;
  resume(): void;
}

export function enterFullScreen(stdout: NodeJS.WriteStream, stdin: NodeJS.ReadStream): Session {
  const { keys, owned } = openKeys(stdin);
  let restored = false;
  // Writes after a hang-up fail (EIO); nothing is left to show them to.
  const ignore = () => {};
  stdout.on('error', ignore);
  const write = (text: string) => {
    try {
      stdout.write(text);
    } catch {
      // The terminal is gone.
    }
  };
  // Take the terminal: raw mode, the alternate screen, no cursor. Raw mode comes first, before
  // the first frame: a key typed while the reader starts would otherwise be echoed onto the screen.
  const take = () => {
    try {
      if (keys.isTTY) keys.setRawMode(true);
    } catch {
      // Not a terminal after all (Ink reports it when it asks for raw mode), or gone.
    }
    write(ENTER_ALT_SCREEN + HIDE_CURSOR);
  };
  // Give it back: cooked mode, the cursor, the main screen.
  const give = () => {
    try {
      if (keys.isTTY && keys.isRaw) keys.setRawMode(false);
    } catch {
      // The terminal is gone.
    }
    write(END_SYNC + SHOW_CURSOR + LEAVE_ALT_SCREEN);
  };
  take();
  return {
    keys,
    restore() {
      if (restored) return;
      restored = true;
      give();
      if (owned) keys.destroy();
    },
    pause: give,
    resume: take,
  };
}

export interface ExitHooks {
  /** Stop drawing (unmount the app) before the screen is restored. */
  stop(): void;
  restore(): void;
  debug: boolean;
}

/** The one line printed after a crash, with the stack under it only in debug mode. */
export function crashReport(err: unknown, debug: boolean): string {
  const message = err instanceof Error ? err.message : String(err);
  const line = `quoted: internal error: ${message.split('\n')[0]}${debug ? '' : ' (run with --debug for details)'}\n`;
  return debug && err instanceof Error && err.stack ? `${err.stack}\n${line}` : line;
}

const SIGNALS = ['SIGTERM', 'SIGHUP', 'SIGINT', 'SIGQUIT'] as const;

function isGoneTerminal(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return code === 'EIO' || code === 'ENXIO';
}

/**
 * End as a hung-up process does, status 129, without a word: a closed window or
 * a dropped ssh. Node 20 aborts in ResetStdio when it exits with its terminal
 * gone (exit 134 and a native stack, fixed upstream); dying by the signal itself
 * skips that reset.
 */
function hangUp(): void {
  process.removeAllListeners('SIGHUP');
  process.kill(process.pid, 'SIGHUP');
}

let watching = false;
/** The descriptors that were terminals when the reader started. */
let terminals: number[] = [];

/** Whether one of them is no longer a terminal: after a hang-up the kernel answers EIO. */
function terminalGone(): boolean {
  return terminals.some((fd) => !isatty(fd));
}

/**
 * At exit, once the reader has run: a terminal gone means the window closed,
 * and the reader may have ended on the end of its keys. Left in place after
 * the reader, as the exit comes later.
 */
function watchHangUp(): void {
  if (watching) return;
  watching = true;
  terminals = [0, 1, 2].filter((fd) => isatty(fd));
  process.on('exit', () => {
    if (terminalGone()) hangUp();
  });
}

/**
 * Restore the terminal on every way out while the reader runs. Signals exit
 * with 128 + the signal number, crashes print one line and exit 1. Returns
 * a function that removes the handlers.
 */
export function guardExits(hooks: ExitHooks): () => void {
  const shutdown = () => {
    try {
      hooks.stop();
    } catch {
      // Drawing failed; the restore below still runs.
    }
    hooks.restore();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    shutdown();
    if (signal === 'SIGHUP' && terminalGone()) hangUp();
    process.exit(128 + (constants.signals[signal] ?? 1));
  };
  const onCrash = (err: unknown) => {
    shutdown();
    // A read or write on a terminal that has gone away is a hang-up, not a crash.
    if (isGoneTerminal(err) || terminalGone()) hangUp();
    process.stderr.write(crashReport(err, hooks.debug));
    process.exit(1);
  };
  watchHangUp();
  const onExit = () => hooks.restore();
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  process.on('exit', onExit);
  return () => {
    for (const signal of SIGNALS) process.off(signal, onSignal);
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
    process.off('exit', onExit);
  };
}
