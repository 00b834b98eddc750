// Errors that the user caused (bad path, not an article): shown as one line,
// never with a stack, and with the exit status that says what kind they are.
import { escapeControls } from './controls.js';

export class UserError extends Error {
  /** 2 for usage and path problems, 1 for content that cannot be read. */
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    // Messages name paths and URLs, which may hold control characters.
    super(escapeControls(message));
    this.name = 'UserError';
    this.exitCode = exitCode;
  }
}
