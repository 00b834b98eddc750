// Standard output as a print target. A reader that stops early
// (`quoted FILE | head`) closes the pipe; that is the reader's right, not an
// error, so quoted then stops quietly instead of dying with a stack trace.
// A stdout closed before quoted starts is an error: nothing printed arrives.
import { fstatSync, readSync, statSync, type Stats } from 'node:fs';

interface ErrorSource {
  on(event: 'error', listener: (err: NodeJS.ErrnoException) => void): unknown;
  listenerCount(event: 'error'): number;
}

/**
 * Exit 0 when the pipe is closed. Report any other write error in one line and
 * exit 1, unless something else listens for them too (the full-screen reader
 * has its own rule for a terminal that hangs up).
 */
export function stopQuietlyOnClosedPipe(
  stream: ErrorSource,
  exit: (code: number) => void = (code) => process.exit(code),
  report: (message: string) => void = (message) => process.stderr.write(message),
): void {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') return exit(0);
    if (stream.listenerCount('error') > 1) return;
    report(`quoted: cannot write the output (${err.code ?? err.message})\n`);
    exit(1);
  });
}

/**
 * Whether standard output was closed when quoted started (`quoted FILE >&-`),
 * so that everything printed would be lost. Node never leaves fd 1 closed: it
 * opens /dev/null there, read-write, where `> /dev/null` opens it write-only.
 * A Node `stdio: 'ignore'` or Python's `subprocess.DEVNULL` give the same
 * read-write /dev/null on purpose, so it counts as closed only when stderr is
 * a terminal, as for a command typed at a prompt.
 */
export function stdoutClosed(fd = 1, stderrIsTTY = Boolean(process.stderr.isTTY)): boolean {
  let out: Stats;
  try {
    out = fstatSync(fd);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EBADF';
  }
  try {
    if (!stderrIsTTY || !out.isCharacterDevice() || out.rdev !== statSync('/dev/null').rdev) return false;
    // Reading /dev/null returns at once; a write-only descriptor refuses with EBADF.
    readSync(fd, Buffer.alloc(1), 0, 1, null);
    return true;
  } catch {
    return false;
  }
}
