// Standard output as a print target. A reader that stops early
// (`quoted FILE | head`) closes the pipe; that is the reader's right, not an
// error, so quoted then stops quietly instead of dying with a stack trace.

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
