// Errors that the user caused (bad path, not an article): shown as one line,
// never with a stack, and with the exit status that says what kind they are.

export class InputError extends Error {
  /** 2 for usage and path problems, 1 for content that cannot be read. */
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'InputError';
    this.exitCode = exitCode;
  }
}
