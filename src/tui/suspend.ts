// Ctrl-Z and SIGTSTP, as less does them: give the shell its screen back and
// stop; on `fg` (SIGCONT) take the terminal again and draw the frame anew.
// In raw mode the terminal sends Ctrl-Z as a byte, not as a signal, so the
// byte is watched for here, beside the keys the reader reads.

const CTRL_Z = '\u001a';

export interface Suspendable {
  keys: NodeJS.ReadStream;
  /** Put the terminal back as the shell wants it (main screen, cursor, cooked mode, mouse off). */
  leave(): void;
  /** Take it again (raw mode, alternate screen, mouse) and redraw. */
  enter(): void;
}

/** Watch for Ctrl-Z and SIGTSTP until the returned function is called. */
export function handleSuspend(screen: Suspendable, stop: () => void = () => process.kill(process.pid, 'SIGSTOP')): () => void {
  let stopped = false;
  const onContinue = () => {
    if (!stopped) return;
    stopped = false;
    screen.enter();
  };
  const suspend = () => {
    if (stopped) return;
    stopped = true;
    screen.leave();
    // SIGSTOP, not SIGTSTP: this process handles SIGTSTP itself, and SIGSTOP cannot be caught.
    stop();
  };
  const onData = (data: Buffer | string) => {
    if (data.toString() === CTRL_Z) suspend();
  };
  screen.keys.on('data', onData);
  process.on('SIGTSTP', suspend);
  process.on('SIGCONT', onContinue);
  return () => {
    screen.keys.off('data', onData);
    process.off('SIGTSTP', suspend);
    process.off('SIGCONT', onContinue);
  };
}
