// Promises that resolve when a test of the terminal comes true: checked
// again whenever the emulator has drawn new output or the program ended.
interface Waiter {
  test: () => boolean;
  resolve: () => void;
}

export class Waiters {
  private waiters: Waiter[] = [];

  /**
   * @param hasExited whether the program has ended (a waiter that needs it running then fails)
   * @param describe what the screen shows, for the error message
   */
  constructor(
    private readonly hasExited: () => string | null,
    private readonly describe: () => string,
  ) {}

  /** Resolve once `test` holds; reject after `timeoutMs`, or (with `failOnExit`) when the program ends first. */
  until(test: () => boolean, what: string, timeoutMs: number, failOnExit = true): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}.\nScreen:\n${this.describe()}`));
      }, timeoutMs);
      const waiter: Waiter = {
        test: () => {
          if (test()) return true;
          const exit = failOnExit ? this.hasExited() : null;
          if (exit) {
            clearTimeout(timer);
            reject(new Error(`the program exited (${exit}) before ${what}.\nScreen:\n${this.describe()}`));
            return true;
          }
          return false;
        },
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.waiters.push(waiter);
    });
  }

  /** Test every waiter again and settle those that are done. */
  check(): void {
    const done = this.waiters.filter((w) => w.test());
    this.waiters = this.waiters.filter((w) => !done.includes(w));
    // A waiter whose test rejected has already settled; resolving again is a no-op.
    for (const w of done) w.resolve();
  }
}
